using CodeAssure.Vulnerabilities.Versions;

namespace CodeAssure.Vulnerabilities.Tests.Versions;

/// <summary>
/// Reads the osv-scanner style ordering fixtures (<c>A &lt;op&gt; B</c> per line, <c>#</c>/<c>//</c> comments) and
/// checks one scheme against them, both ways round (compare(B, A) must be the inverse).
/// </summary>
internal static class VersionOrderingFixture
{
    public sealed record Line(string File, int Number, string Left, string Op, string Right)
    {
        public override string ToString() => $"{File}:{Number}: {Left} {Op} {Right}";
    }

    public static IEnumerable<Line> Read(string path)
    {
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var text = raw.Trim();
            if (text.Length == 0 || text.StartsWith('#') || text.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length != 3 || fields[1] is not ("<" or "=" or ">"))
            {
                throw new InvalidDataException($"{path}:{number}: expected 'A <op> B', got '{text}'");
            }

            yield return new Line(Path.GetFileName(path), number, fields[0], fields[1], fields[2]);
        }
    }

    /// <summary>Null when the scheme orders the line as stated; otherwise what it did instead.</summary>
    public static string? Check(IVersionScheme scheme, Line line)
    {
        var expected = line.Op switch { "<" => -1, ">" => 1, _ => 0 };
        if (!scheme.TryCompare(line.Left, line.Right, out var forward, out var reason))
        {
            return $"{line} [{scheme.Ecosystem}: rejected: {reason}]";
        }

        if (!scheme.TryCompare(line.Right, line.Left, out var backward, out reason))
        {
            return $"{line} [{scheme.Ecosystem}: rejected only when reversed: {reason}]";
        }

        if (forward != expected || backward != -expected)
        {
            return $"{line} [{scheme.Ecosystem}: got {forward}, reversed {backward}]";
        }

        return null;
    }
}
