using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace CodeAssure.Checks.Testing;

/// <summary>
/// Reads Cobertura coverage (coverage-04 DTD, as written by Cobertura, coverlet, coverage.py and gcovr): the root's
/// rates and counts, each package's and class's rates, and — for files that leave the counts out — the class-level
/// &lt;line&gt; elements (method-level lines repeat them, so they are not counted again).
/// </summary>
internal static partial class CoberturaReader
{
    [GeneratedRegex(@"\((\d{1,9})/(\d{1,9})\)", RegexOptions.CultureInvariant)]
    private static partial Regex ConditionCoverage();

    public static TestResultFile Read(EvidenceXml xml, string? leadingComment)
    {
        var reader = xml.Reader;
        var warnings = new List<string>();
        var lineRate = Rate(xml, "line-rate", warnings);
        var branchRate = Rate(xml, "branch-rate", warnings);
        var statedLines = Pair(xml, "lines-covered", "lines-valid", warnings);
        var statedBranches = Pair(xml, "branches-covered", "branches-valid", warnings);
        var version = reader.GetAttribute("version");
        var started = reader.GetAttribute("timestamp") is { } stamp && long.TryParse(stamp, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            ? FromEpoch(epoch)
            : null;
        var tool = ToolOf(leadingComment, version);

        var packages = new List<CoverageRate>();
        var classes = new List<CoverageRate>();
        int linesValid = 0, linesCovered = 0, branchesValid = 0, branchesCovered = 0;
        var stack = new Stack<string>();
        if (!reader.IsEmptyElement)
        {
            stack.Push(reader.LocalName);
        }

        while (stack.Count > 0 && xml.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                stack.Pop();
                continue;
            }

            if (reader.NodeType == XmlNodeType.Comment)
            {
                tool ??= ToolOf(reader.Value, null);
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var name = reader.LocalName;
            var parent = stack.Peek();
            switch (name)
            {
                case "package" when parent == "packages":
                    packages.Add(new CoverageRate(reader.GetAttribute("name") ?? "", Rate(xml, "line-rate", warnings), Rate(xml, "branch-rate", warnings)));
                    break;
                case "class" when parent == "classes":
                    classes.Add(new CoverageRate(reader.GetAttribute("name") ?? reader.GetAttribute("filename") ?? "", Rate(xml, "line-rate", warnings), Rate(xml, "branch-rate", warnings)));
                    break;
                case "line" when parent == "lines" && stack.Skip(1).FirstOrDefault() == "class":
                    linesValid++;
                    if (xml.Number("hits", warnings) is > 0)
                    {
                        linesCovered++;
                    }

                    if (string.Equals(reader.GetAttribute("branch"), "true", StringComparison.OrdinalIgnoreCase)
                        && reader.GetAttribute("condition-coverage") is { } condition
                        && ConditionCoverage().Match(condition) is { Success: true } match)
                    {
                        var taken = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                        var total = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                        if (taken <= total)
                        {
                            branchesCovered += taken;
                            branchesValid += total;
                        }
                    }

                    break;
            }

            if (!reader.IsEmptyElement)
            {
                stack.Push(name);
            }
        }

        var lines = statedLines ?? (linesValid > 0 ? (linesCovered, linesValid) : null);
        var branches = statedBranches ?? (branchesValid > 0 ? (branchesCovered, branchesValid) : null);
        lineRate ??= lines is { Valid: > 0 } l ? (double)l.Covered / l.Valid : null;
        branchRate ??= branches is { Valid: > 0 } b ? (double)b.Covered / b.Valid : null;
        return new TestResultFile
        {
            Path = xml.Source,
            Format = TestReportFormat.Cobertura,
            Tool = tool,
            Coverage = new CoverageSummary(lineRate, branchRate, lines?.Covered, lines?.Valid, branches?.Covered, branches?.Valid, packages, classes),
            Started = started,
            Warnings = warnings,
        };
    }

    private static double? Rate(EvidenceXml xml, string attribute, List<string> warnings)
    {
        var rate = xml.Number(attribute, warnings);
        if (rate is > 1)
        {
            warnings.Add($"{xml.Source}:{xml.Position}: {attribute}=\"{rate.Value.ToString(CultureInfo.InvariantCulture)}\" is above 1; ignored");
            return null;
        }

        return rate;
    }

    private static (int Covered, int Valid)? Pair(EvidenceXml xml, string coveredName, string validName, List<string> warnings)
    {
        var covered = xml.Int(coveredName, warnings);
        var valid = xml.Int(validName, warnings);
        if (covered is null || valid is null)
        {
            return null;
        }

        if (covered > valid)
        {
            warnings.Add($"{xml.Source}:{xml.Position}: {coveredName}=\"{covered}\" is more than {validName}=\"{valid}\"; the lines listed are counted instead");
            return null;
        }

        return (covered.Value, valid.Value);
    }

    /// <summary>Cobertura and coverlet write seconds or milliseconds since 1970; tell them apart by size.</summary>
    private static DateTimeOffset? FromEpoch(long value)
    {
        try
        {
            return value > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static string? ToolOf(string? comment, string? version) =>
        comment is not null && comment.Contains("coverage.py", StringComparison.Ordinal) ? "coverage.py"
        : version is not null && version.StartsWith("gcovr", StringComparison.OrdinalIgnoreCase) ? "gcovr"
        : null;
}
