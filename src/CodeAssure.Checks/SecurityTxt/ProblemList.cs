using System.Globalization;

namespace CodeAssure.Checks.SecurityTxt;

/// <summary>
/// Collects problems while a file is read, capped so a hostile file (thousands of bad lines) cannot produce an
/// unbounded report; the cap is only reached after many errors, so the verdict never changes.
/// </summary>
internal sealed class ProblemList
{
    private const int Limit = 500;
    private readonly List<SecurityTxtProblem> _problems = [];
    private int _dropped;

    public bool HasErrors { get; private set; }

    public void Error(int line, string message) => Add(new SecurityTxtProblem(line, SecurityTxtSeverity.Error, message));

    public void Warning(int line, string message) => Add(new SecurityTxtProblem(line, SecurityTxtSeverity.Warning, message));

    private void Add(SecurityTxtProblem problem)
    {
        HasErrors |= problem.Severity == SecurityTxtSeverity.Error;
        if (_problems.Count < Limit)
        {
            _problems.Add(problem);
        }
        else
        {
            _dropped++;
        }
    }

    public IReadOnlyList<SecurityTxtProblem> ToList()
    {
        var sorted = _problems.OrderBy(p => p.Line).ToList();
        if (_dropped > 0)
        {
            var last = sorted[^1].Line;
            sorted.Add(new SecurityTxtProblem(last, SecurityTxtSeverity.Warning,
                string.Create(CultureInfo.InvariantCulture, $"{_dropped} further problems are not listed")));
        }

        return sorted;
    }

    /// <summary>Quotes text from the file for a message, shortened so a 1 MB line cannot flood the report.</summary>
    public static string Quote(string text)
    {
        const int max = 60;
        var shown = text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
        var printable = new System.Text.StringBuilder(shown.Length + 2);
        printable.Append('\'');
        foreach (var c in shown)
        {
            if (char.IsControl(c))
            {
                printable.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                printable.Append(c);
            }
        }

        return printable.Append('\'').ToString();
    }
}
