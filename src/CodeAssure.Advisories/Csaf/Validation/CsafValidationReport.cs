using CodeAssure.Sbom.Validation;

namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>The outcome of validating one CSAF document.</summary>
public sealed class CsafValidationReport
{
    /// <summary>Creates a report.</summary>
    public CsafValidationReport(string? readError, IReadOnlyList<ValidationProblem> schemaProblems, IReadOnlyList<CsafFinding> findings, string? testsSkippedBecause)
    {
        ReadError = readError;
        SchemaProblems = schemaProblems;
        Findings = findings;
        TestsSkippedBecause = testsSkippedBecause;
    }

    /// <summary>Why the document could not be read at all (not JSON, too large, too deep), or null.</summary>
    public string? ReadError { get; }

    /// <summary>Every way the document breaks the CSAF 2.0 JSON schema.</summary>
    public IReadOnlyList<ValidationProblem> SchemaProblems { get; }

    /// <summary>Every hit of the section 6 tests, mandatory first.</summary>
    public IReadOnlyList<CsafFinding> Findings { get; }

    /// <summary>Why the typed tests could not run (the document does not map onto the model), or null.</summary>
    public string? TestsSkippedBecause { get; }

    /// <summary>Valid: readable, schema-valid, and no mandatory test failed.</summary>
    public bool IsValid => ReadError is null && SchemaProblems.Count == 0 && TestsSkippedBecause is null
        && !Findings.Any(f => f.Group == CsafTestGroup.Mandatory);

    /// <summary>The ids of the tests that reported at least one finding.</summary>
    public IReadOnlySet<string> TriggeredTests => Findings.Select(f => f.TestId).ToHashSet(StringComparer.Ordinal);
}
