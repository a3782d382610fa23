using System.Text.RegularExpressions;
using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Readers.Spdx;

/// <summary>
/// Collects what an SPDX 2.x document says, whatever its serialization (JSON, YAML, XML, tag-value), checks the
/// mandatory fields and turns packages into components and dependency relationships into the dependency graph.
/// </summary>
internal sealed partial class Spdx2DocumentBuilder(string source)
{
    public string Source { get; } = source;

    public string? SpdxVersion { get; set; }

    public string? DocumentId { get; set; }

    public string? Name { get; set; }

    public string? DocumentNamespace { get; set; }

    public DateTimeOffset? Created { get; set; }

    public List<SbomTool> Tools { get; } = [];

    public List<ComponentBuilder> Packages { get; } = [];

    public List<SpdxRelationship> Relationships { get; } = [];

    public List<string> Describes { get; } = [];

    /// <summary>Checks the version the moment it is read, so the error points at it.</summary>
    public static string CheckVersion(string? version, Func<string, SbomFormatException> error)
    {
        if (version is null || !VersionPattern().IsMatch(version))
        {
            throw error($"unsupported SPDX version '{version}' (expected SPDX-2.0 … SPDX-2.3)");
        }

        return version;
    }

    /// <summary>
    /// Checks an element's SPDXID the moment it is read. Reading only needs an id to link relationships, so ids
    /// with characters the spec does not allow (e.g. '/', written by real tools) are read; checking the character
    /// set is validation's job. An id that does not start with "SPDXRef-" is refused.
    /// </summary>
    public static void CheckElementId(string? id, string what, Func<string, SbomFormatException> error)
    {
        if (!SpdxIds.HasElementPrefix(id))
        {
            throw error($"invalid SPDXID '{id}' for {what}: expected 'SPDXRef-' followed by letters, digits, '.' or '-'");
        }
    }

    /// <summary>Checks the document's SPDXID the moment it is read.</summary>
    public static void CheckDocumentId(string? id, Func<string, SbomFormatException> error)
    {
        if (id != SpdxIds.DocumentId)
        {
            throw error($"the document's SPDXID must be '{SpdxIds.DocumentId}', found '{id}'");
        }
    }

    /// <summary>Adds a creator ("Tool: name-version", "Person: …", "Organization: …"); only tools are kept.</summary>
    public void AddCreator(string creator)
    {
        const string tool = "Tool:";
        if (!creator.StartsWith(tool, StringComparison.Ordinal))
        {
            return;
        }

        var text = creator[tool.Length..].Trim();
        if (text.Length == 0)
        {
            return;
        }

        // The spec's convention is "Tool: name-version"; split at the last '-' followed by a digit.
        var match = ToolVersionPattern().Match(text);
        Tools.Add(match.Success
            ? new SbomTool(null, match.Groups["name"].Value, match.Groups["version"].Value)
            : new SbomTool(null, text, null));
    }

    /// <summary>The supplier's name without its "Organization:"/"Person:" prefix; null for NOASSERTION.</summary>
    public static string? SupplierName(string? supplier)
    {
        if (string.IsNullOrWhiteSpace(supplier) || IsNoAssertion(supplier))
        {
            return null;
        }

        var colon = supplier.IndexOf(':', StringComparison.Ordinal);
        var kind = colon > 0 ? supplier[..colon].Trim() : "";
        return kind is "Organization" or "Person" or "Tool" ? supplier[(colon + 1)..].Trim() : supplier.Trim();
    }

    /// <summary>A licence field, unless it is NOASSERTION or NONE (which carry no licence to report).</summary>
    public static string? License(string? license) =>
        string.IsNullOrWhiteSpace(license) || IsNoAssertion(license) || license.Trim() == "NONE" ? null : license.Trim();

    /// <summary>Takes an external reference's purl or CPE (the first of each).</summary>
    public static void AddExternalRef(ComponentBuilder package, string? type, string? locator)
    {
        if (string.IsNullOrWhiteSpace(locator) || type is null)
        {
            return;
        }

        if (type == "purl")
        {
            package.Purl ??= locator.Trim();
        }
        else if (type is "cpe23Type" or "cpe22Type")
        {
            package.Cpe ??= locator.Trim();
        }
    }

    public SbomDocument Build()
    {
        Require(SpdxVersion, "spdxVersion");
        Require(DocumentId, "SPDXID");
        Require(Name, "name");
        Require(DocumentNamespace, "documentNamespace");

        var components = new List<SbomComponent>(Packages.Count);
        var byId = new Dictionary<string, SbomComponent>(StringComparer.Ordinal);
        foreach (var builder in Packages)
        {
            var component = builder.Build(Source, "package");
            components.Add(component);
            byId.TryAdd(component.BomRef!, component);
        }

        var graph = new DependencyGraphBuilder();
        var described = new List<string>(Describes);
        foreach (var relationship in Relationships)
        {
            if (relationship.From == DocumentId && relationship.Type == "DESCRIBES")
            {
                described.Add(relationship.To);
                continue;
            }

            if (SpdxRelationshipMapping.DirectionOf(relationship.Type) is not { } direction
                || !byId.ContainsKey(relationship.From) || !byId.ContainsKey(relationship.To))
            {
                continue;
            }

            if (direction == EdgeDirection.Forward)
            {
                graph.Add(relationship.From, relationship.To);
            }
            else
            {
                graph.Add(relationship.To, relationship.From);
            }
        }

        var roots = described.Distinct(StringComparer.Ordinal).Where(byId.ContainsKey).ToList();
        var root = roots.Count == 1 ? byId[roots[0]] : null;
        return new SbomDocument(
            SbomFormat.Spdx,
            SpdxVersion!["SPDX-".Length..],
            DocumentNamespace,
            new SbomMetadata(root, Created, [.. Tools]),
            components,
            graph.Build());
    }

    private void Require(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new SbomFormatException(Source, 1, 1, $"the SPDX document has no '{field}', which SPDX 2 requires");
        }
    }

    private static bool IsNoAssertion(string value) => value.Trim() == "NOASSERTION";

    [GeneratedRegex(@"^SPDX-2\.[0-3]$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^(?<name>.+)-(?<version>v?\d[^\s-]*)$")]
    private static partial Regex ToolVersionPattern();
}
