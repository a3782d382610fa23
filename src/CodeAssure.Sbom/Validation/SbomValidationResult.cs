using CodeAssure.Sbom.Validation.Ntia;

namespace CodeAssure.Sbom.Validation;

/// <summary>What validating one SBOM found: its format and version, and every problem with its location.</summary>
public sealed class SbomValidationResult
{
    internal SbomValidationResult(SbomDocumentFormat format, string? specVersion, IReadOnlyList<ValidationProblem> problems, NtiaReport? ntia)
    {
        Format = format;
        SpecVersion = specVersion;
        Problems = problems;
        Ntia = ntia;
    }

    /// <summary>The document's format, or <see cref="SbomDocumentFormat.Unknown"/> when it was not recognised.</summary>
    public SbomDocumentFormat Format { get; }

    /// <summary>The specification version the document claims (<c>1.6</c>, <c>SPDX-2.3</c>), when it claims one.</summary>
    public string? SpecVersion { get; }

    /// <summary>Every problem found, in document order within each kind of check.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>True when no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The NTIA minimum elements coverage, when it was asked for and the format supports it.</summary>
    public NtiaReport? Ntia { get; }
}
