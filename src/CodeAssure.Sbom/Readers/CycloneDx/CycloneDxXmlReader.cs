using System.Xml;
using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Readers.CycloneDx;

/// <summary>Reads a CycloneDX XML document (1.0 – 1.7) with <see cref="XmlReader"/>, flattening nested components.</summary>
internal sealed class CycloneDxXmlReader
{
    // CycloneDX 1.1 put the dependency graph in an extension namespace; 1.2+ have it in the core one.
    private const string DependencyGraphNamespacePrefix = "http://cyclonedx.org/schema/ext/dependency-graph/";

    private readonly XmlReader _reader;
    private readonly string _source;
    private readonly SbomReadOptions _options;
    private readonly string _namespace;

    private CycloneDxXmlReader(XmlReader reader, string source, SbomReadOptions options)
    {
        _reader = reader;
        _source = source;
        _options = options;
        _namespace = reader.NamespaceURI;
    }

    /// <summary>Reads the document whose root <c>bom</c> element the reader stands on.</summary>
    public static SbomDocument Read(XmlReader reader, string source, SbomReadOptions options) =>
        new CycloneDxXmlReader(reader, source, options).ReadBom();

    private SbomDocument ReadBom()
    {
        var version = _namespace[CycloneDxVersions.XmlNamespacePrefix.Length..];
        if (!CycloneDxVersions.Xml.Contains(version))
        {
            throw Error($"unsupported CycloneDX XML namespace '{_namespace}' (expected versions 1.0 … 1.7)");
        }

        var serialNumber = _reader.GetAttribute("serialNumber");
        var metadata = SbomMetadata.Empty;
        var components = new List<ComponentBuilder>();
        var graph = new DependencyGraphBuilder();
        ForEachChild(name =>
        {
            switch (name)
            {
                case "metadata":
                    metadata = ReadMetadata();
                    break;
                case "components":
                    ForEachChild(child => ReadComponentOrSkip(child, null, components));
                    break;
                case "dependencies":
                    ForEachChild(child => ReadDependencyOrSkip(child, graph), acceptDependencyGraph: true);
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        }, acceptDependencyGraph: true);

        return new SbomDocument(
            SbomFormat.CycloneDx,
            version,
            serialNumber,
            metadata,
            [.. components.Select(c => c.Build(_source))],
            graph.Build());
    }

    private SbomMetadata ReadMetadata()
    {
        SbomComponent? component = null;
        DateTimeOffset? timestamp = null;
        var tools = new List<SbomTool>();
        ForEachChild(name =>
        {
            switch (name)
            {
                case "timestamp":
                    var (line, column) = Position();
                    timestamp = Timestamps.Parse(Text(), reason => new SbomFormatException(_source, line, column, reason));
                    break;
                case "component":
                    var builders = new List<ComponentBuilder>();
                    ReadComponent(null, builders);
                    component = builders[0].Build(_source, "metadata component");
                    break;
                case "tools":
                    ForEachChild(kind =>
                    {
                        switch (kind)
                        {
                            case "tool":
                                AddTool(tools, "vendor");
                                break;
                            case "components":
                                ForEachChild(_ => AddTool(tools, "manufacturer"));
                                break;
                            case "services":
                                ForEachChild(_ => AddTool(tools, "provider"));
                                break;
                            default:
                                _reader.Skip();
                                break;
                        }
                    });
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        });
        return new SbomMetadata(component, timestamp, tools);
    }

    private void AddTool(List<SbomTool> tools, string vendorElement)
    {
        string? vendor = null;
        string? name = null;
        string? version = null;
        ForEachChild(field =>
        {
            if (field == vendorElement)
            {
                vendor = field == "vendor" ? Text() : EntityName();
            }
            else if (field == "name")
            {
                name = Text();
            }
            else if (field == "version")
            {
                version = Text();
            }
            else
            {
                _reader.Skip();
            }
        });
        if (!string.IsNullOrWhiteSpace(name))
        {
            tools.Add(new SbomTool(vendor, name, version));
        }
    }

    private void ReadComponentOrSkip(string name, ComponentBuilder? parent, List<ComponentBuilder> into)
    {
        if (name == "component")
        {
            ReadComponent(parent, into);
        }
        else
        {
            _reader.Skip();
        }
    }

    private void ReadComponent(ComponentBuilder? parent, List<ComponentBuilder> into)
    {
        var (line, column) = Position();
        var component = new ComponentBuilder(line, column)
        {
            Parent = parent,
            Type = _reader.GetAttribute("type"),
            BomRef = _reader.GetAttribute("bom-ref"),
        };
        into.Add(component); // parent before its children
        ForEachChild(name =>
        {
            switch (name)
            {
                case "group":
                    component.Group = Text();
                    break;
                case "name":
                    component.Name = Text();
                    break;
                case "version":
                    component.Version = Text();
                    break;
                case "purl":
                    component.Purl = Text();
                    break;
                case "cpe":
                    component.Cpe = Text();
                    break;
                case "scope":
                    component.Scope = Text();
                    break;
                case "supplier":
                    component.Supplier = EntityName();
                    break;
                case "hashes":
                    ForEachChild(hash =>
                    {
                        if (hash != "hash")
                        {
                            _reader.Skip();
                            return;
                        }

                        var algorithm = _reader.GetAttribute("alg") ?? throw Error("a <hash> needs an 'alg' attribute");
                        component.Hashes.Add(new SbomHash(algorithm, Text().Trim()));
                    });
                    break;
                case "licenses":
                    ForEachChild(choice =>
                    {
                        if (choice == "expression")
                        {
                            component.AddLicense(Text().Trim());
                        }
                        else if (choice == "license")
                        {
                            string? id = null;
                            string? licenseName = null;
                            ForEachChild(field =>
                            {
                                if (field == "id")
                                {
                                    id = Text().Trim();
                                }
                                else if (field == "name")
                                {
                                    licenseName = Text().Trim();
                                }
                                else
                                {
                                    _reader.Skip();
                                }
                            });
                            component.AddLicense(id ?? licenseName);
                        }
                        else
                        {
                            _reader.Skip();
                        }
                    });
                    break;
                case "components":
                    ForEachChild(child => ReadComponentOrSkip(child, component, into));
                    break;
                default:
                    _reader.Skip();
                    break;
            }
        });
    }

    private void ReadDependencyOrSkip(string name, DependencyGraphBuilder graph)
    {
        if (name != "dependency")
        {
            _reader.Skip();
            return;
        }

        var reference = _reader.GetAttribute("ref");
        if (string.IsNullOrWhiteSpace(reference))
        {
            throw Error("a <dependency> has no 'ref' attribute");
        }

        graph.Node(reference);
        ForEachChild(child =>
        {
            var target = child == "dependency" ? _reader.GetAttribute("ref") : null;
            if (child == "dependency" && string.IsNullOrWhiteSpace(target))
            {
                throw Error("a <dependency> has no 'ref' attribute");
            }

            if (target is not null)
            {
                graph.Add(reference, target);
            }

            _reader.Skip();
        }, acceptDependencyGraph: true);
    }

    private string? EntityName()
    {
        string? name = null;
        ForEachChild(field =>
        {
            if (field == "name")
            {
                name = Text();
            }
            else
            {
                _reader.Skip();
            }
        });
        return name;
    }

    /// <summary>
    /// Calls <paramref name="onChild"/> on each child element in the CycloneDX namespace (others, i.e. extensions, are
    /// skipped); it must consume the element. Leaves the reader after the current element's end.
    /// </summary>
    private void ForEachChild(Action<string> onChild, bool acceptDependencyGraph = false)
    {
        if (_reader.IsEmptyElement)
        {
            _reader.Read();
            return;
        }

        var depth = _reader.Depth;
        if (depth >= _options.MaxDepth)
        {
            throw Error($"the document is nested deeper than the limit of {_options.MaxDepth}");
        }

        _reader.Read();
        while (true)
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.EndElement when _reader.Depth == depth:
                    _reader.Read();
                    return;
                case XmlNodeType.Element:
                    var ns = _reader.NamespaceURI;
                    if (ns == _namespace || (acceptDependencyGraph && ns.StartsWith(DependencyGraphNamespacePrefix, StringComparison.Ordinal)))
                    {
                        onChild(_reader.LocalName);
                    }
                    else
                    {
                        _reader.Skip();
                    }

                    break;
                case XmlNodeType.None:
                    throw Error("unexpected end of input: the XML document is truncated");
                default:
                    _reader.Read();
                    break;
            }
        }
    }

    /// <summary>The text of a simple element; an element with child elements is an error.</summary>
    private string Text()
    {
        var (line, column) = Position();
        var name = _reader.LocalName;
        try
        {
            return _reader.ReadElementContentAsString();
        }
        catch (XmlException e) when (e.LineNumber == 0 || e.Message.Contains("not supported on node type", StringComparison.Ordinal))
        {
            throw new SbomFormatException(_source, line, column, $"expected text in <{name}>, found child elements", e);
        }
    }

    private (long Line, long Column) Position() =>
        _reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);

    private SbomFormatException Error(string reason) => SbomXmlReader.At(_reader, _source, reason);
}
