using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Readers;

/// <summary>Collects a component's fields while a streaming reader meets them in any order, then builds the immutable record.</summary>
internal sealed class ComponentBuilder(long line, long column)
{
    public long Line { get; } = line;

    public long Column { get; } = column;

    public string? BomRef { get; set; }

    public string? Type { get; set; }

    public string? Group { get; set; }

    public string? Name { get; set; }

    public string? Version { get; set; }

    public string? Purl { get; set; }

    public string? Cpe { get; set; }

    public List<string> Licenses { get; } = [];

    public List<SbomHash> Hashes { get; } = [];

    public string? Supplier { get; set; }

    public string? Scope { get; set; }

    /// <summary>The component this one is nested in (its bom-ref may only be known once the parent has been read).</summary>
    public ComponentBuilder? Parent { get; set; }

    public void AddLicense(string? license)
    {
        if (!string.IsNullOrWhiteSpace(license) && !Licenses.Contains(license))
        {
            Licenses.Add(license);
        }
    }

    public SbomComponent Build(string source, string what = "component")
    {
        if (Name is null)
        {
            throw new SbomFormatException(source, Line, Column, $"a {what} has no 'name'" + (BomRef is null ? "" : $" (its id is '{BomRef}')"));
        }

        return new SbomComponent(Name)
        {
            BomRef = BomRef,
            Type = Type,
            Group = Group,
            Version = Version,
            // Generators often use the purl as the bom-ref: keep one string, not two equal ones.
            Purl = Purl is not null && Purl == BomRef ? BomRef : Purl,
            Cpe = Cpe,
            Licenses = [.. Licenses],
            Hashes = [.. Hashes],
            Supplier = Supplier,
            Scope = Scope,
            ParentRef = Parent?.BomRef,
        };
    }
}
