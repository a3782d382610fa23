using System.Text.Json;
using System.Xml.Linq;
using CodeAssure.Sbom.Validation.JsonSchema;

namespace CodeAssure.Sbom.Validation.Ntia;

/// <summary>
/// Measures the NTIA minimum elements on the raw documents. Mapping — CycloneDX: supplier = supplier (name or url),
/// manufacturer or publisher; unique identifier = purl, cpe or swid; dependency relationship = the component's bom-ref
/// appears in the dependency graph; author = metadata authors, tools, manufacturer/manufacture or supplier; timestamp =
/// metadata.timestamp. SPDX: supplier = PackageSupplier other than NOASSERTION; unique identifier = an external
/// reference of type purl, cpe22Type, cpe23Type or swid; dependency relationship = the package takes part in a
/// relationship with another element than the document; author = a creator; timestamp = created.
/// </summary>
internal static class NtiaAnalyzer
{
    private static readonly NtiaElement[] PerComponent =
        [NtiaElement.Supplier, NtiaElement.Name, NtiaElement.Version, NtiaElement.UniqueIdentifier, NtiaElement.DependencyRelationship];

    private static readonly string[] AuthorElements = ["authors", "tools", "manufacture", "manufacturer", "supplier"];

    public static NtiaReport ForCycloneDxJson(JsonElement root)
    {
        var inGraph = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("dependencies", out var dependencies) && dependencies.ValueKind == JsonValueKind.Array)
        {
            foreach (var dependency in dependencies.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.Object))
            {
                if (Text(dependency, "ref") is { } reference)
                {
                    inGraph.Add(reference);
                }

                if (dependency.TryGetProperty("dependsOn", out var dependsOn) && dependsOn.ValueKind == JsonValueKind.Array)
                {
                    inGraph.UnionWith(dependsOn.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.String).Select(d => d.GetString()!));
                }
            }
        }

        var components = new List<NtiaComponentCoverage>();
        void Walk(JsonElement list, string pointer, int depth)
        {
            if (list.ValueKind != JsonValueKind.Array || depth > 100)
            {
                return;
            }

            var index = 0;
            foreach (var component in list.EnumerateArray())
            {
                var here = JsonPointer.Append(pointer, index++);
                if (component.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var has = new Dictionary<NtiaElement, bool>
                {
                    [NtiaElement.Supplier] = HasNamedEntity(component, "supplier") || HasNamedEntity(component, "manufacturer") || Text(component, "publisher") is not null,
                    [NtiaElement.Name] = Text(component, "name") is not null,
                    [NtiaElement.Version] = Text(component, "version") is not null,
                    [NtiaElement.UniqueIdentifier] = Text(component, "purl") is not null || Text(component, "cpe") is not null
                        || (component.TryGetProperty("swid", out var swid) && swid.ValueKind == JsonValueKind.Object),
                    [NtiaElement.DependencyRelationship] = Text(component, "bom-ref") is { } bomRef && inGraph.Contains(bomRef),
                };
                components.Add(Coverage(Describe(Text(component, "name"), Text(component, "version"), Text(component, "bom-ref")), here, has));
                if (component.TryGetProperty("components", out var nested))
                {
                    Walk(nested, JsonPointer.Append(here, "components"), depth + 1);
                }
            }
        }

        if (root.TryGetProperty("components", out var top))
        {
            Walk(top, "/components", 0);
        }

        var metadata = root.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        var hasAuthor = metadata.ValueKind == JsonValueKind.Object
            && (NonEmpty(metadata, "authors") || NonEmpty(metadata, "tools") || HasNamedEntity(metadata, "manufacture")
                || HasNamedEntity(metadata, "manufacturer") || HasNamedEntity(metadata, "supplier"));
        var hasTimestamp = metadata.ValueKind == JsonValueKind.Object && Text(metadata, "timestamp") is not null;
        return new NtiaReport(components, hasAuthor, hasTimestamp);
    }

    public static NtiaReport ForCycloneDxXml(string text)
    {
        XDocument document;
        try
        {
            using var reader = System.Xml.XmlReader.Create(new StringReader(text), CycloneDxXmlValidator.SecureSettings());
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (System.Xml.XmlException)
        {
            return new NtiaReport([], false, false);
        }

        var root = document.Root!;
        var ns = root.Name.Namespace;
        var inGraph = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dependency in root.Elements(ns + "dependencies").Descendants(ns + "dependency"))
        {
            if ((string?)dependency.Attribute("ref") is { Length: > 0 } reference)
            {
                inGraph.Add(reference);
            }
        }

        var components = new List<NtiaComponentCoverage>();
        foreach (var component in root.Elements(ns + "components").Descendants(ns + "component"))
        {
            string? Child(string name) => component.Element(ns + name)?.Value is { Length: > 0 } value ? value.Trim() : null;
            bool Entity(string name) => component.Element(ns + name) is { } entity
                && (entity.Element(ns + "name")?.Value.Length > 0 || entity.Element(ns + "url")?.Value.Length > 0);
            var bomRef = (string?)component.Attribute("bom-ref");
            var has = new Dictionary<NtiaElement, bool>
            {
                [NtiaElement.Supplier] = Entity("supplier") || Entity("manufacturer") || Child("publisher") is not null,
                [NtiaElement.Name] = Child("name") is not null,
                [NtiaElement.Version] = Child("version") is not null,
                [NtiaElement.UniqueIdentifier] = Child("purl") is not null || Child("cpe") is not null || component.Element(ns + "swid") is not null,
                [NtiaElement.DependencyRelationship] = bomRef is not null && inGraph.Contains(bomRef),
            };
            var line = (System.Xml.IXmlLineInfo)component;
            components.Add(Coverage(Describe(Child("name"), Child("version"), bomRef), CycloneDxXmlValidator.Location(line.LineNumber, line.LinePosition), has));
        }

        var metadata = root.Element(ns + "metadata");
        var hasAuthor = metadata is not null
            && AuthorElements.Any(name => metadata.Element(ns + name)?.HasElements == true);
        var hasTimestamp = metadata?.Element(ns + "timestamp")?.Value.Length > 0;
        return new NtiaReport(components, hasAuthor, hasTimestamp);
    }

    public static NtiaReport ForSpdxJson(JsonElement root)
    {
        var related = RelatedElements(root.TryGetProperty("relationships", out var relationships) && relationships.ValueKind == JsonValueKind.Array
            ? relationships.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).Select(r => (Text(r, "spdxElementId"), Text(r, "relatedSpdxElement")))
            : []);
        var components = new List<NtiaComponentCoverage>();
        if (root.TryGetProperty("packages", out var packages) && packages.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var package in packages.EnumerateArray())
            {
                var here = JsonPointer.Append("/packages", index++);
                if (package.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                var identifiers = package.TryGetProperty("externalRefs", out var refs) && refs.ValueKind == JsonValueKind.Array
                    ? refs.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.Object).Select(r => Text(r, "referenceType"))
                    : [];
                var id = Text(package, "SPDXID");
                var has = new Dictionary<NtiaElement, bool>
                {
                    [NtiaElement.Supplier] = Text(package, "supplier") is { } supplier && supplier != "NOASSERTION",
                    [NtiaElement.Name] = Text(package, "name") is not null,
                    [NtiaElement.Version] = Text(package, "versionInfo") is not null,
                    [NtiaElement.UniqueIdentifier] = identifiers.Any(IsUniqueIdentifierType),
                    [NtiaElement.DependencyRelationship] = id is not null && related.Contains(id),
                };
                components.Add(Coverage(Describe(Text(package, "name"), Text(package, "versionInfo"), id), here, has));
            }
        }

        var creationInfo = root.TryGetProperty("creationInfo", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
        var hasAuthor = creationInfo.ValueKind == JsonValueKind.Object && NonEmpty(creationInfo, "creators");
        var hasTimestamp = creationInfo.ValueKind == JsonValueKind.Object && Text(creationInfo, "created") is not null;
        return new NtiaReport(components, hasAuthor, hasTimestamp);
    }

    public static NtiaReport ForSpdxTagValue(SpdxTagValueDocument document)
    {
        var related = RelatedElements(document.Tags.Where(t => t.Name == "Relationship").Select(t =>
        {
            var parts = t.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return parts.Length == 3 ? (parts[0], parts[2]) : ((string?)null, (string?)null);
        }));
        var components = new List<NtiaComponentCoverage>();
        var tags = document.Tags;
        for (var i = 0; i < tags.Count; i++)
        {
            if (tags[i].Name != "PackageName")
            {
                continue;
            }

            var end = i + 1;
            while (end < tags.Count && tags[end].Name is not ("PackageName" or "FileName" or "SnippetSPDXID" or "LicenseID"))
            {
                end++;
            }

            var section = tags.Skip(i).Take(end - i).ToList();
            string? Tag(string name) => section.FirstOrDefault(t => t.Name == name)?.Value is { Length: > 0 } value ? value : null;
            var id = Tag("SPDXID");
            var has = new Dictionary<NtiaElement, bool>
            {
                [NtiaElement.Supplier] = Tag("PackageSupplier") is { } supplier && supplier != "NOASSERTION",
                [NtiaElement.Name] = Tag("PackageName") is not null,
                [NtiaElement.Version] = Tag("PackageVersion") is not null,
                [NtiaElement.UniqueIdentifier] = section.Where(t => t.Name == "ExternalRef")
                    .Select(t => t.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1)).Any(IsUniqueIdentifierType),
                [NtiaElement.DependencyRelationship] = id is not null && related.Contains(id),
            };
            components.Add(Coverage(Describe(Tag("PackageName"), Tag("PackageVersion"), id), tags[i].Location, has));
        }

        return new NtiaReport(components, tags.Any(t => t.Name == "Creator"), tags.Any(t => t.Name == "Created"));
    }

    private static HashSet<string> RelatedElements(IEnumerable<(string? Element, string? Related)> relationships)
    {
        var related = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, other) in relationships)
        {
            if (element is null || other is null || element == "SPDXRef-DOCUMENT" || other == "SPDXRef-DOCUMENT" || other is "NONE" or "NOASSERTION")
            {
                continue;
            }

            related.Add(element);
            related.Add(other);
        }

        return related;
    }

    private static bool IsUniqueIdentifierType(string? type) => type is "purl" or "cpe22Type" or "cpe23Type" or "swid";

    private static NtiaComponentCoverage Coverage(string component, string location, Dictionary<NtiaElement, bool> has) =>
        new(component, location, PerComponent.Where(e => !has[e]).ToList());

    private static string Describe(string? name, string? version, string? id) =>
        name is null ? id ?? "(unnamed)" : version is null ? name : $"{name}@{version}";

    private static string? Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length > 0 ? value.GetString() : null;

    private static bool NonEmpty(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value)
        && ((value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0) || (value.ValueKind == JsonValueKind.Object && value.EnumerateObject().Any()));

    private static bool HasNamedEntity(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var entity) && entity.ValueKind == JsonValueKind.Object && (Text(entity, "name") is not null || NonEmpty(entity, "url"));
}
