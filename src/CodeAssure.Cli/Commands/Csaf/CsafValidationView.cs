using CodeAssure.Advisories.Csaf.Validation;

namespace CodeAssure.Cli.Commands.Csaf;

/// <summary>The JSON shape of <c>csaf validate --format json</c> (documented in docs/csaf.md).</summary>
internal sealed record CsafValidationView(bool Valid, IReadOnlyList<CsafFileView> Documents)
{
    public static CsafValidationView From(IEnumerable<(string File, CsafValidationReport Report)> results)
    {
        var documents = results.Select(r => new CsafFileView(
            r.File,
            r.Report.IsValid,
            r.Report.ReadError,
            r.Report.SchemaProblems.Select(p => new CsafProblemView(p.Location.Length == 0 ? "/" : p.Location, p.Message)).ToList(),
            r.Report.TestsSkippedBecause,
            r.Report.Findings.Select(f => new CsafFindingView(f.TestId, f.TestName, GroupName(f.Group), f.Path, f.Message)).ToList())).ToList();
        return new CsafValidationView(documents.All(d => d.Valid), documents);
    }

    public static string GroupName(CsafTestGroup group) => group switch
    {
        CsafTestGroup.Mandatory => "mandatory",
        CsafTestGroup.Optional => "optional",
        _ => "informative",
    };
}

/// <summary>One document's result.</summary>
internal sealed record CsafFileView(string File, bool Valid, string? Error, IReadOnlyList<CsafProblemView> SchemaProblems, string? TestsSkipped, IReadOnlyList<CsafFindingView> Findings);

/// <summary>One schema problem.</summary>
internal sealed record CsafProblemView(string Path, string Message);

/// <summary>One test hit.</summary>
internal sealed record CsafFindingView(string Test, string Name, string Group, string Path, string Message);
