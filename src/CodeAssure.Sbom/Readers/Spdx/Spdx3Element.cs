using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Readers.Spdx;

/// <summary>The few properties of an SPDX 3 element the normalised model needs; everything else is skipped while streaming.</summary>
internal sealed class Spdx3Element(long line, long column)
{
    public long Line { get; } = line;

    public long Column { get; } = column;

    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? PackageVersion { get; set; }

    public string? PackageUrl { get; set; }

    public string? PrimaryPurpose { get; set; }

    public string? Cpe { get; set; }

    public string? SuppliedBy { get; set; }

    public List<SbomHash> Hashes { get; } = [];

    public string? From { get; set; }

    public List<string> To { get; } = [];

    public string? RelationshipType { get; set; }

    public string? LicenseExpression { get; set; }

    public string? SpecVersion { get; set; }

    public string? Created { get; set; }

    public List<string> CreatedUsing { get; } = [];

    public List<string> RootElements { get; } = [];

    public Spdx3Element? InlineCreationInfo { get; set; }
}
