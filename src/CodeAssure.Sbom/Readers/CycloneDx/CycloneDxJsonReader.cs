using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Readers.Tokens;

namespace CodeAssure.Sbom.Readers.CycloneDx;

/// <summary>Reads a CycloneDX JSON document (1.2 – 1.7) from a token stream, flattening nested components.</summary>
internal static class CycloneDxJsonReader
{
    public static SbomDocument Read(TokenReader reader)
    {
        string? bomFormat = null;
        string? specVersion = null;
        string? serialNumber = null;
        var metadata = SbomMetadata.Empty;
        var components = new List<ComponentBuilder>();
        var graph = new DependencyGraphBuilder();

        reader.ReadRequired();
        reader.ExpectObject("CycloneDX document", property =>
        {
            switch (property)
            {
                case "bomFormat":
                    bomFormat = reader.ReadString(property);
                    if (bomFormat != "CycloneDX")
                    {
                        throw reader.Error($"'bomFormat' must be \"CycloneDX\", found \"{bomFormat}\"");
                    }

                    break;
                case "specVersion":
                    specVersion = reader.ReadString(property);
                    if (!CycloneDxVersions.Json.Contains(specVersion))
                    {
                        throw reader.Error($"unsupported CycloneDX specVersion \"{specVersion}\" (expected 1.2 … 1.7)");
                    }

                    break;
                case "serialNumber":
                    serialNumber = reader.ReadString(property);
                    break;
                case "metadata":
                    metadata = ReadMetadata(reader);
                    break;
                case "components":
                    reader.ReadArray(property, () => ReadComponent(reader, null, components));
                    break;
                case "dependencies":
                    reader.ReadArray(property, () => ReadDependency(reader, graph));
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

        if (bomFormat is null || specVersion is null)
        {
            throw new SbomFormatException(reader.SourceName, 1, 1, "a CycloneDX document needs 'bomFormat' and 'specVersion'");
        }

        return new SbomDocument(
            SbomFormat.CycloneDx,
            specVersion,
            serialNumber,
            metadata,
            [.. components.Select(c => c.Build(reader.SourceName))],
            graph.Build());
    }

    private static SbomMetadata ReadMetadata(TokenReader reader)
    {
        SbomComponent? component = null;
        DateTimeOffset? timestamp = null;
        var tools = new List<SbomTool>();
        reader.ReadObject("metadata", property =>
        {
            switch (property)
            {
                case "timestamp":
                    timestamp = Timestamps.Parse(reader.ReadString(property), reader.Error);
                    break;
                case "component":
                    reader.ReadRequired();
                    var builders = new List<ComponentBuilder>();
                    ReadComponent(reader, null, builders);
                    component = builders.Count > 0 ? builders[0].Build(reader.SourceName, "metadata component") : null;
                    break;
                case "tools":
                    ReadTools(reader, tools);
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });
        return new SbomMetadata(component, timestamp, tools);
    }

    private static void ReadTools(TokenReader reader, List<SbomTool> tools)
    {
        reader.ReadRequired();
        if (reader.Kind == TokenKind.StartObject)
        {
            // 1.5+: tools are components and services.
            reader.ExpectObject("tools", kind =>
            {
                if (kind is "components" or "services")
                {
                    reader.ReadArray(kind, () => AddTool(reader, tools, kind == "services" ? "provider" : "manufacturer"));
                }
                else
                {
                    reader.SkipValue();
                }
            });
            return;
        }

        // 1.2 – 1.4 (deprecated from 1.5): an array of { vendor, name, version }.
        reader.ExpectArray("tools", () => AddTool(reader, tools, "vendor"));
    }

    private static void AddTool(TokenReader reader, List<SbomTool> tools, string vendorProperty)
    {
        string? vendor = null;
        string? name = null;
        string? version = null;
        reader.ExpectObject("tool", property =>
        {
            if (property == vendorProperty)
            {
                reader.ReadRequired();
                vendor = reader.Kind == TokenKind.StartObject ? ReadEntityName(reader) : reader.ExpectString(property);
            }
            else if (property == "name")
            {
                name = reader.ReadString(property);
            }
            else if (property == "version")
            {
                version = reader.ReadString(property);
            }
            else
            {
                reader.SkipValue();
            }
        });
        if (!string.IsNullOrWhiteSpace(name))
        {
            tools.Add(new SbomTool(vendor, name, version));
        }
    }

    private static void ReadComponent(TokenReader reader, ComponentBuilder? parent, List<ComponentBuilder> into)
    {
        var component = new ComponentBuilder(reader.Line, reader.Column) { Parent = parent };
        into.Add(component); // parent before its children
        reader.ExpectObject("component", property =>
        {
            switch (property)
            {
                case "type":
                    component.Type = reader.ReadString(property);
                    break;
                case "bom-ref":
                    component.BomRef = reader.ReadString(property);
                    break;
                case "group":
                    component.Group = reader.ReadString(property);
                    break;
                case "name":
                    component.Name = reader.ReadString(property);
                    break;
                case "version":
                    component.Version = reader.ReadString(property);
                    break;
                case "purl":
                    component.Purl = reader.ReadString(property);
                    break;
                case "cpe":
                    component.Cpe = reader.ReadString(property);
                    break;
                case "scope":
                    component.Scope = reader.ReadString(property);
                    break;
                case "supplier":
                    reader.ReadRequired();
                    component.Supplier = ReadEntityName(reader);
                    break;
                case "hashes":
                    reader.ReadArray(property, () => ReadHash(reader, component));
                    break;
                case "licenses":
                    reader.ReadArray(property, () => ReadLicense(reader, component));
                    break;
                case "components":
                    reader.ReadArray(property, () => ReadComponent(reader, component, into));
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });
    }

    /// <summary>The name of an organizational entity ({ name, url, contact }).</summary>
    private static string? ReadEntityName(TokenReader reader)
    {
        string? name = null;
        reader.ExpectObject("organizational entity", property =>
        {
            if (property == "name")
            {
                name = reader.ReadString(property);
            }
            else
            {
                reader.SkipValue();
            }
        });
        return name;
    }

    private static void ReadHash(TokenReader reader, ComponentBuilder component)
    {
        string? algorithm = null;
        string? content = null;
        reader.ExpectObject("hash", property =>
        {
            switch (property)
            {
                case "alg":
                    algorithm = reader.ReadString(property);
                    break;
                case "content":
                    content = reader.ReadString(property);
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });
        if (algorithm is null || content is null)
        {
            throw reader.Error("a hash needs both 'alg' and 'content'");
        }

        component.Hashes.Add(new SbomHash(algorithm, content));
    }

    private static void ReadLicense(TokenReader reader, ComponentBuilder component)
    {
        reader.ExpectObject("license choice", property =>
        {
            switch (property)
            {
                case "expression":
                    component.AddLicense(reader.ReadString(property));
                    break;
                case "license":
                    string? id = null;
                    string? name = null;
                    reader.ReadObject(property, field =>
                    {
                        switch (field)
                        {
                            case "id":
                                id = reader.ReadString(field);
                                break;
                            case "name":
                                name = reader.ReadString(field);
                                break;
                            default:
                                reader.SkipValue();
                                break;
                        }
                    });
                    component.AddLicense(id ?? name);
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });
    }

    private static void ReadDependency(TokenReader reader, DependencyGraphBuilder graph)
    {
        string? reference = null;
        List<string> dependsOn = [];
        var (line, column) = (reader.Line, reader.Column);
        reader.ExpectObject("dependency", property =>
        {
            switch (property)
            {
                case "ref":
                    reference = reader.ReadString(property);
                    break;
                case "dependsOn":
                    dependsOn = reader.ReadStringArray(property);
                    break;
                default:
                    reader.SkipValue();
                    break;
            }
        });
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw new SbomFormatException(reader.SourceName, line, column, "a dependency has no 'ref'");
        }

        graph.Node(reference);
        dependsOn.ForEach(target => graph.Add(reference, target));
    }
}
