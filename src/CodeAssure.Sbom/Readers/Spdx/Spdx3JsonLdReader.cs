using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Readers.Tokens;

namespace CodeAssure.Sbom.Readers.Spdx;

/// <summary>
/// Reads an SPDX 3.0 JSON-LD document (the compacted form with the SPDX context): every <c>software_Package</c>
/// in <c>@graph</c> is a component; dependency relationships, licences (hasConcludedLicense / hasDeclaredLicense),
/// suppliers and tools are resolved by id once the graph has been read.
/// </summary>
internal static class Spdx3JsonLdReader
{
    private const string ContextMarker = "spdx.org/rdf/3";

    /// <summary>True if the <c>@context</c> value at the current token names the SPDX 3 context (consumes it).</summary>
    public static bool IsSpdxContext(TokenReader reader)
    {
        var found = false;
        if (reader.Kind == TokenKind.String)
        {
            return reader.Value!.Contains(ContextMarker, StringComparison.Ordinal);
        }

        if (reader.Kind == TokenKind.StartArray)
        {
            reader.ExpectArray("@context", () =>
            {
                found |= reader.Kind == TokenKind.String && reader.Value!.Contains(ContextMarker, StringComparison.Ordinal);
                reader.SkipCurrent();
            });
            return found;
        }

        reader.SkipCurrent();
        return false;
    }

    public static SbomDocument Read(TokenReader reader)
    {
        var elements = new List<Spdx3Element>();
        var hasContext = false;
        reader.ReadRequired();
        reader.ExpectObject("SPDX 3 document", property =>
        {
            switch (property)
            {
                case "@context":
                    reader.ReadRequired();
                    hasContext = IsSpdxContext(reader);
                    if (!hasContext)
                    {
                        throw reader.Error("the '@context' is not the SPDX 3 context");
                    }

                    break;
                case "@graph":
                    reader.ReadArray(property, () => elements.Add(ReadElement(reader)));
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });

        if (reader.Read())
        {
            throw reader.Error($"unexpected {reader.Describe()} after the end of the document");
        }

        if (!hasContext)
        {
            throw new SbomFormatException(reader.SourceName, 1, 1, "an SPDX 3 document needs the SPDX '@context'");
        }

        return Assemble(elements, reader.SourceName);
    }

    private static Spdx3Element ReadElement(TokenReader reader)
    {
        var element = new Spdx3Element(reader.Line, reader.Column);
        reader.ExpectObject("element", property =>
        {
            switch (property)
            {
                case "type" or "@type":
                    element.Type = reader.ReadString(property);
                    break;
                case "spdxId" or "@id":
                    element.Id = reader.ReadString(property);
                    break;
                case "name":
                    element.Name = reader.ReadString(property);
                    break;
                case "software_packageVersion":
                    element.PackageVersion = reader.ReadString(property);
                    break;
                case "software_packageUrl":
                    element.PackageUrl = reader.ReadString(property);
                    break;
                case "software_primaryPurpose":
                    element.PrimaryPurpose = reader.ReadString(property);
                    break;
                case "suppliedBy":
                    reader.ReadRequired();
                    element.SuppliedBy = reader.Kind == TokenKind.StartObject ? ReadElement(reader).Id : reader.ExpectString(property);
                    break;
                case "from":
                    element.From = reader.ReadString(property);
                    break;
                case "to":
                    element.To.AddRange(reader.ReadStringArray(property));
                    break;
                case "relationshipType":
                    element.RelationshipType = reader.ReadString(property);
                    break;
                case "simplelicensing_licenseExpression":
                    element.LicenseExpression = reader.ReadString(property);
                    break;
                case "specVersion":
                    element.SpecVersion = reader.ReadString(property);
                    break;
                case "created":
                    element.Created = reader.ReadString(property);
                    break;
                case "createdUsing":
                    element.CreatedUsing.AddRange(reader.ReadStringArray(property));
                    break;
                case "rootElement":
                    element.RootElements.AddRange(reader.ReadStringArray(property));
                    break;
                case "creationInfo":
                    reader.ReadRequired();
                    if (reader.Kind == TokenKind.StartObject)
                    {
                        element.InlineCreationInfo = ReadElement(reader);
                    }
                    else
                    {
                        reader.ExpectString(property);
                    }

                    break;
                case "externalIdentifier":
                    reader.ReadArray(property, () => ReadExternalIdentifier(reader, element));
                    break;
                case "verifiedUsing":
                    reader.ReadArray(property, () => ReadIntegrityMethod(reader, element));
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });
        return element;
    }

    private static void ReadExternalIdentifier(TokenReader reader, Spdx3Element element)
    {
        string? type = null;
        string? identifier = null;
        reader.ExpectObject("externalIdentifier", field =>
        {
            switch (field)
            {
                case "externalIdentifierType":
                    type = reader.ReadString(field);
                    break;
                case "identifier":
                    identifier = reader.ReadString(field);
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });
        if (type is "cpe23" or "cpe22" && !string.IsNullOrWhiteSpace(identifier))
        {
            element.Cpe ??= identifier;
        }
        else if (type == "packageUrl" && !string.IsNullOrWhiteSpace(identifier))
        {
            element.PackageUrl ??= identifier;
        }
    }

    private static void ReadIntegrityMethod(TokenReader reader, Spdx3Element element)
    {
        string? type = null;
        string? algorithm = null;
        string? value = null;
        reader.ExpectObject("verifiedUsing", field =>
        {
            switch (field)
            {
                case "type" or "@type":
                    type = reader.ReadString(field);
                    break;
                case "algorithm":
                    algorithm = reader.ReadString(field);
                    break;
                case "hashValue":
                    value = reader.ReadString(field);
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });
        if (type == "Hash" && algorithm is not null && value is not null)
        {
            element.Hashes.Add(new SbomHash(SpdxHashAlgorithms.Normalise(algorithm), value.Trim()));
        }
    }

    private static SbomDocument Assemble(List<Spdx3Element> elements, string source)
    {
        var byId = new Dictionary<string, Spdx3Element>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (element.Id is not null)
            {
                byId.TryAdd(element.Id, element);
            }
        }

        var packages = elements.Where(e => e.Type == "software_Package").ToList();
        var builders = new Dictionary<string, ComponentBuilder>(StringComparer.Ordinal);
        var ordered = new List<ComponentBuilder>(packages.Count);
        foreach (var package in packages)
        {
            var builder = new ComponentBuilder(package.Line, package.Column)
            {
                BomRef = package.Id,
                Name = package.Name,
                Version = package.PackageVersion,
                Purl = package.PackageUrl,
                Cpe = package.Cpe,
                Type = package.PrimaryPurpose?.ToLowerInvariant(),
                Supplier = package.SuppliedBy is { } supplier && byId.TryGetValue(supplier, out var agent) ? agent.Name : null,
            };
            builder.Hashes.AddRange(package.Hashes);
            ordered.Add(builder);
            if (package.Id is not null)
            {
                builders.TryAdd(package.Id, builder);
            }
        }

        var relationships = elements.Where(e => e.Type is "Relationship" or "LifecycleScopedRelationship" && e.From is not null).ToList();
        AddLicenses(relationships, "hasConcludedLicense", builders, byId);
        AddLicenses(relationships, "hasDeclaredLicense", builders, byId);

        var graph = new DependencyGraphBuilder();
        foreach (var relationship in relationships)
        {
            if (SpdxRelationshipMapping.DirectionOf(relationship.RelationshipType ?? "") is not { } direction
                || !builders.ContainsKey(relationship.From!))
            {
                continue;
            }

            foreach (var to in relationship.To.Where(builders.ContainsKey))
            {
                if (direction == EdgeDirection.Forward)
                {
                    graph.Add(relationship.From!, to);
                }
                else
                {
                    graph.Add(to, relationship.From!);
                }
            }
        }

        var document = elements.FirstOrDefault(e => e.Type == "SpdxDocument");
        var creation = elements.FirstOrDefault(e => e.Type == "CreationInfo") ?? document?.InlineCreationInfo;
        var specVersion = creation?.SpecVersion ?? "3.0";
        if (!specVersion.StartsWith("3.", StringComparison.Ordinal))
        {
            throw new SbomFormatException(source, creation?.Line ?? 1, creation?.Column ?? 1, $"unsupported SPDX 3 specVersion '{specVersion}' (expected 3.x)");
        }

        var timestamp = Timestamps.Parse(creation?.Created, reason => new SbomFormatException(source, creation!.Line, creation.Column, reason));
        var tools = (creation?.CreatedUsing ?? [])
            .Select(id => byId.TryGetValue(id, out var tool) ? tool.Name : null)
            .OfType<string>()
            .Select(name => new SbomTool(null, name, null))
            .ToList();

        var components = ordered.Select(b => b.Build(source, "package")).ToList();
        return new SbomDocument(
            SbomFormat.Spdx,
            specVersion,
            document?.Id,
            new SbomMetadata(Root(document, relationships, byId, components), timestamp, tools),
            components,
            graph.Build());
    }

    private static void AddLicenses(List<Spdx3Element> relationships, string type, Dictionary<string, ComponentBuilder> builders, Dictionary<string, Spdx3Element> byId)
    {
        foreach (var relationship in relationships.Where(r => r.RelationshipType == type))
        {
            if (!builders.TryGetValue(relationship.From!, out var builder))
            {
                continue;
            }

            foreach (var to in relationship.To)
            {
                var license = byId.TryGetValue(to, out var element) ? element.LicenseExpression ?? element.Name : null;
                builder.AddLicense(Spdx2DocumentBuilder.License(license));
            }
        }
    }

    /// <summary>The one package the document is about: its root element (or the root SBOM's), or what it "describes".</summary>
    private static SbomComponent? Root(Spdx3Element? document, List<Spdx3Element> relationships, Dictionary<string, Spdx3Element> byId, List<SbomComponent> components)
    {
        if (document is null)
        {
            return null;
        }

        var roots = new List<string>();
        foreach (var id in document.RootElements)
        {
            if (byId.TryGetValue(id, out var root) && root.Type == "software_Sbom")
            {
                roots.AddRange(root.RootElements);
            }
            else
            {
                roots.Add(id);
            }
        }

        roots.AddRange(relationships.Where(r => r.RelationshipType == "describes" && r.From == document.Id).SelectMany(r => r.To));
        var packages = roots.Distinct(StringComparer.Ordinal).Select(id => components.FirstOrDefault(c => c.BomRef == id)).OfType<SbomComponent>().ToList();
        return packages.Count == 1 ? packages[0] : null;
    }
}
