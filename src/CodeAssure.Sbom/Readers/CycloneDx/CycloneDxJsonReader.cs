using System.Text;
using System.Text.Json;
using CodeAssure.Sbom.Model;
using CodeAssure.Sbom.Readers.Tokens;

namespace CodeAssure.Sbom.Readers.CycloneDx;

/// <summary>
/// Reads a CycloneDX JSON document (1.2 – 1.7), flattening nested components. This is the hot path for large SBOMs,
/// so it drives <see cref="Utf8JsonReader"/> itself over a pooled window of the input: property names are matched on
/// their UTF-8 bytes, subtrees the model does not keep are skipped by the reader, strings are decoded only for the
/// fields kept, and each component is built once its object ends (no token objects, callbacks or builders).
/// </summary>
internal ref struct CycloneDxJsonReader
{
    private readonly JsonStreamWindow _input;
    private readonly Utf8StringTable _shortValues = new();
    private readonly BomRefGraph _refs = new();
    private readonly Dictionary<string, string[]> _singleLicenses = new(StringComparer.Ordinal);
    private readonly List<SbomHash> _hashes = [];
    private readonly List<string> _licenses = [];
    private readonly List<string> _targets = [];
    private Utf8JsonReader _json;

    // Nested components are flattened parent first; the parent's bom-ref may come after its children, so children
    // get their ParentRef once the whole document is read.
    private List<(int Child, int Parent)>? _nested;

    // Components without a name are reported after the whole document is read (as the first one in list order).
    private Nameless? _nameless;

    private CycloneDxJsonReader(JsonStreamWindow input)
    {
        _input = input;
        _json = input.Start();
    }

    public static SbomDocument Read(Stream stream, string sourceName, SbomReadOptions options)
    {
        using var input = new JsonStreamWindow(stream, sourceName, options);
        try
        {
            var reader = new CycloneDxJsonReader(input);
            return reader.ReadDocument();
        }
        catch (JsonException e)
        {
            throw input.Malformed(e);
        }
    }

    private SbomDocument ReadDocument()
    {
        string? bomFormat = null;
        string? specVersion = null;
        string? serialNumber = null;
        var metadata = SbomMetadata.Empty;
        var components = new List<SbomComponent?>();

        ReadRequired();
        if (BeginObject("CycloneDX document"))
        {
            while (NextProperty())
            {
                switch (Field())
                {
                    case Property.BomFormat:
                        bomFormat = ReadString("bomFormat");
                        if (bomFormat != "CycloneDX")
                        {
                            throw Error($"'bomFormat' must be \"CycloneDX\", found \"{bomFormat}\"");
                        }

                        break;
                    case Property.SpecVersion:
                        specVersion = ReadString("specVersion");
                        if (!CycloneDxVersions.Json.Contains(specVersion))
                        {
                            throw Error($"unsupported CycloneDX specVersion \"{specVersion}\" (expected 1.2 … 1.7)");
                        }

                        break;
                    case Property.SerialNumber:
                        serialNumber = ReadString("serialNumber");
                        break;
                    case Property.Metadata:
                        metadata = ReadMetadata();
                        break;
                    case Property.Components:
                        ReadRequired();
                        if (BeginArray("components"))
                        {
                            while (NextItem())
                            {
                                ReadComponent(-1, components);
                            }
                        }

                        break;
                    case Property.Dependencies:
                        ReadRequired();
                        if (BeginArray("dependencies"))
                        {
                            while (NextItem())
                            {
                                ReadDependency();
                            }
                        }

                        break;
                    default:
                        SkipValue();
                        break;
                }
            }
        }

        if (TryRead())
        {
            throw Error($"unexpected {Describe()} after the end of the document");
        }

        if (bomFormat is null || specVersion is null)
        {
            throw new SbomFormatException(_input.SourceName, 1, 1, "a CycloneDX document needs 'bomFormat' and 'specVersion'");
        }

        if (_nameless is { } missing)
        {
            throw missing.Error(_input.SourceName, "component");
        }

        foreach (var (child, parent) in _nested ?? [])
        {
            components[child] = components[child]! with { ParentRef = components[parent]!.BomRef };
        }

        return new SbomDocument(SbomFormat.CycloneDx, specVersion, serialNumber, metadata, components!, _refs.Build());
    }

    private SbomMetadata ReadMetadata()
    {
        SbomComponent? component = null;
        DateTimeOffset? timestamp = null;
        var tools = new List<SbomTool>();
        ReadRequired();
        if (!BeginObject("metadata"))
        {
            return new SbomMetadata(null, null, tools);
        }

        while (NextProperty())
        {
            switch (Field())
            {
                case Property.Timestamp:
                    var text = ReadString("timestamp");
                    var (line, column) = _input.Locate(_input.OffsetOf(in _json));
                    var source = _input.SourceName;
                    timestamp = Timestamps.Parse(text, reason => new SbomFormatException(source, line, column, reason));
                    break;
                case Property.Component:
                    ReadRequired();
                    component = ReadMetadataComponent();
                    break;
                case Property.Tools:
                    ReadTools(tools);
                    break;
                default:
                    SkipValue();
                    break;
            }
        }

        return new SbomMetadata(component, timestamp, tools);
    }

    /// <summary>The metadata component (its nested components are not part of the document's list).</summary>
    private SbomComponent? ReadMetadataComponent()
    {
        var (nested, nameless) = (_nested, _nameless);
        (_nested, _nameless) = (null, null);
        var into = new List<SbomComponent?>(1);
        ReadComponent(-1, into);
        var missing = _nameless;
        (_nested, _nameless) = (nested, nameless);
        if (into[0] is null && missing is { Index: 0 } metadataComponent)
        {
            throw metadataComponent.Error(_input.SourceName, "metadata component");
        }

        return into[0];
    }

    private void ReadTools(List<SbomTool> tools)
    {
        ReadRequired();
        if (_json.TokenType == JsonTokenType.StartObject)
        {
            // 1.5+: tools are components and services.
            BeginObject("tools");
            while (NextProperty())
            {
                var kind = Field();
                if (kind is Property.Components or Property.Services)
                {
                    var (what, vendor) = kind == Property.Services ? ("services", Property.Provider) : ("components", Property.Manufacturer);
                    ReadRequired();
                    if (BeginArray(what))
                    {
                        while (NextItem())
                        {
                            AddTool(tools, vendor);
                        }
                    }
                }
                else
                {
                    SkipValue();
                }
            }

            return;
        }

        // 1.2 – 1.4 (deprecated from 1.5): an array of { vendor, name, version }.
        if (BeginArray("tools"))
        {
            while (NextItem())
            {
                AddTool(tools, Property.Vendor);
            }
        }
    }

    private void AddTool(List<SbomTool> tools, Property vendorProperty)
    {
        string? vendor = null;
        string? name = null;
        string? version = null;
        if (BeginObject("tool"))
        {
            while (NextProperty())
            {
                var property = Field();
                if (property == vendorProperty)
                {
                    var what = Decode();
                    ReadRequired();
                    vendor = _json.TokenType == JsonTokenType.StartObject ? ReadEntityName() : ExpectString(what);
                }
                else if (property == Property.Name)
                {
                    name = ReadString("name");
                }
                else if (property == Property.Version)
                {
                    version = ReadString("version");
                }
                else
                {
                    SkipValue();
                }
            }
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            tools.Add(new SbomTool(vendor, name, version));
        }
    }

    /// <summary>Reads the component at the current token into <paramref name="into"/>, then its nested components after it.</summary>
    private void ReadComponent(int parent, List<SbomComponent?> into)
    {
        var (line, column) = _input.Locate(_input.OffsetOf(in _json));
        var index = into.Count;
        into.Add(null); // parent before its children
        if (parent >= 0)
        {
            (_nested ??= []).Add((index, parent));
        }

        string? type = null, bomRef = null, group = null, name = null, version = null, purl = null, cpe = null, scope = null, supplier = null;
        SbomHash[]? hashes = null;
        string[]? licenses = null;
        if (BeginObject("component"))
        {
            while (NextProperty())
            {
                switch (Field())
                {
                    case Property.Type:
                        type = ReadShortString("type");
                        break;
                    case Property.BomRef:
                        bomRef = ReadBomRef(purl);
                        break;
                    case Property.Group:
                        group = ReadShortString("group");
                        break;
                    case Property.Name:
                        name = ReadString("name");
                        break;
                    case Property.Version:
                        version = ReadShortString("version");
                        break;
                    case Property.Purl:
                        purl = ReadPurl(bomRef);
                        break;
                    case Property.Cpe:
                        cpe = ReadString("cpe");
                        break;
                    case Property.Scope:
                        scope = ReadShortString("scope");
                        break;
                    case Property.Supplier:
                        ReadRequired();
                        supplier = ReadEntityName();
                        break;
                    case Property.Hashes:
                        hashes = ReadHashes(hashes);
                        break;
                    case Property.Licenses:
                        licenses = ReadLicenses(licenses);
                        break;
                    case Property.Components:
                        ReadRequired();
                        if (BeginArray("components"))
                        {
                            while (NextItem())
                            {
                                ReadComponent(index, into);
                            }
                        }

                        break;
                    default:
                        SkipValue();
                        break;
                }
            }
        }

        if (name is null)
        {
            if (_nameless is not { } first || index < first.Index)
            {
                _nameless = new Nameless(index, line, column, bomRef);
            }

            return;
        }

        into[index] = new SbomComponent(name)
        {
            BomRef = bomRef,
            Type = type,
            Group = group,
            Version = version,
            // Generators often use the purl as the bom-ref: keep one string, not two equal ones.
            Purl = purl is not null && purl == bomRef ? bomRef : purl,
            Cpe = cpe,
            Licenses = licenses ?? [],
            Hashes = hashes ?? [],
            Supplier = supplier,
            Scope = scope,
        };
    }

    /// <summary>The name of an organizational entity ({ name, url, contact }).</summary>
    private string? ReadEntityName()
    {
        string? name = null;
        if (BeginObject("organizational entity"))
        {
            while (NextProperty())
            {
                if (Field() == Property.Name)
                {
                    name = ReadString("name");
                }
                else
                {
                    SkipValue();
                }
            }
        }

        return name;
    }

    private SbomHash[]? ReadHashes(SbomHash[]? earlier)
    {
        ReadRequired();
        if (!BeginArray("hashes"))
        {
            return earlier;
        }

        _hashes.Clear();
        while (NextItem())
        {
            string? algorithm = null;
            string? content = null;
            if (BeginObject("hash"))
            {
                while (NextProperty())
                {
                    switch (Field())
                    {
                        case Property.Alg:
                            algorithm = ReadShortString("alg");
                            break;
                        case Property.Content:
                            content = ReadString("content");
                            break;
                        default:
                            SkipValue();
                            break;
                    }
                }
            }

            if (algorithm is null || content is null)
            {
                throw Error("a hash needs both 'alg' and 'content'");
            }

            _hashes.Add(new SbomHash(algorithm, content));
        }

        return _hashes.Count == 0 ? earlier : earlier is null ? [.. _hashes] : [.. earlier, .. _hashes];
    }

    private string[]? ReadLicenses(string[]? earlier)
    {
        ReadRequired();
        if (!BeginArray("licenses"))
        {
            return earlier;
        }

        _licenses.Clear();
        _licenses.AddRange(earlier ?? []);
        while (NextItem())
        {
            if (!BeginObject("license choice"))
            {
                continue;
            }

            while (NextProperty())
            {
                switch (Field())
                {
                    case Property.Expression:
                        AddLicense(ReadShortString("expression"));
                        break;
                    case Property.License:
                        AddLicense(ReadLicense());
                        break;
                    default:
                        SkipValue();
                        break;
                }
            }
        }

        if (_licenses.Count == 0)
        {
            return earlier;
        }

        if (_licenses.Count > 1)
        {
            return [.. _licenses];
        }

        // Most components have one licence, and most share it: one array per distinct licence (the model is read-only).
        if (!_singleLicenses.TryGetValue(_licenses[0], out var single))
        {
            single = [_licenses[0]];
            if (_singleLicenses.Count < 1024)
            {
                _singleLicenses.Add(_licenses[0], single);
            }
        }

        return single;
    }

    /// <summary>A licence's id, or its name when it has no id.</summary>
    private string? ReadLicense()
    {
        string? id = null;
        string? name = null;
        ReadRequired();
        if (BeginObject("license"))
        {
            while (NextProperty())
            {
                switch (Field())
                {
                    case Property.Id:
                        id = ReadShortString("id");
                        break;
                    case Property.Name:
                        name = ReadShortString("name");
                        break;
                    default:
                        SkipValue();
                        break;
                }
            }
        }

        return id ?? name;
    }

    private readonly void AddLicense(string? license)
    {
        if (!string.IsNullOrWhiteSpace(license) && !_licenses.Contains(license))
        {
            _licenses.Add(license);
        }
    }

    private void ReadDependency()
    {
        var (line, column) = _input.Locate(_input.OffsetOf(in _json));
        string? reference = null;
        var id = -1;
        _targets.Clear();
        if (BeginObject("dependency"))
        {
            while (NextProperty())
            {
                switch (Field())
                {
                    case Property.Ref:
                        (reference, id) = ReadRef("ref");
                        break;
                    case Property.DependsOn:
                        // A repeated dependsOn replaces the earlier one.
                        _targets.Clear();
                        ReadRequired();
                        if (BeginArray("dependsOn"))
                        {
                            while (NextItem())
                            {
                                if (ExpectRef("dependsOn").Text is { } target)
                                {
                                    _targets.Add(target);
                                }
                            }
                        }

                        break;
                    default:
                        SkipValue();
                        break;
                }
            }
        }

        if (string.IsNullOrWhiteSpace(reference))
        {
            throw new SbomFormatException(_input.SourceName, line, column, "a dependency has no 'ref'");
        }

        _refs.AddDependency(reference, id, _targets);
    }

    // ---- The reader, one token at a time, refilled from the input as it runs out.

    private bool TryRead()
    {
        while (!_json.Read())
        {
            if (!_input.Refill(ref _json))
            {
                return false;
            }
        }

        return true;
    }

    private void ReadRequired()
    {
        if (!TryRead())
        {
            throw Error("unexpected end of input: the document is truncated");
        }
    }

    /// <summary>True at the start of an object; false for null (an absent object); an error for anything else.</summary>
    private readonly bool BeginObject(string what) => _json.TokenType switch
    {
        JsonTokenType.StartObject => true,
        JsonTokenType.Null => false,
        _ => throw Error($"expected an object for '{what}', found {Describe()}"),
    };

    /// <summary>Moves to the object's next property name; false at its end.</summary>
    private bool NextProperty()
    {
        ReadRequired();
        return _json.TokenType != JsonTokenType.EndObject;
    }

    /// <summary>True at the start of an array; false for null (an absent array); an error for anything else.</summary>
    private readonly bool BeginArray(string what) => _json.TokenType switch
    {
        JsonTokenType.StartArray => true,
        JsonTokenType.Null => false,
        _ => throw Error($"expected an array for '{what}', found {Describe()}"),
    };

    /// <summary>Moves to the array's next item; false at its end.</summary>
    private bool NextItem()
    {
        ReadRequired();
        return _json.TokenType != JsonTokenType.EndArray;
    }

    /// <summary>Skips the value after the current property name, with everything inside it.</summary>
    private void SkipValue()
    {
        ReadRequired();
        if (_json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !_json.TrySkip())
        {
            // The value runs past the window: skip it token by token across refills.
            var depth = _json.CurrentDepth;
            do
            {
                ReadRequired();
            }
            while (depth < _json.CurrentDepth);
        }
    }

    private string? ReadString(string what)
    {
        ReadRequired();
        return ExpectString(what);
    }

    private readonly string? ExpectString(string what) => _json.TokenType switch
    {
        JsonTokenType.String => Decode(),
        JsonTokenType.Null => null,
        _ => throw Error($"expected a string for '{what}', found {Describe()}"),
    };

    /// <summary>Reads a string that is usually short and repeated (a type, scope, version …), shared through the table.</summary>
    private string? ReadShortString(string what)
    {
        ReadRequired();
        return _json.TokenType == JsonTokenType.String && !_json.ValueIsEscaped ? _shortValues.Get(_json.ValueSpan) : ExpectString(what);
    }

    /// <summary>A bom-ref, shared with the purl read just before when they are equal (as generators often make them).</summary>
    private string? ReadBomRef(string? purl)
    {
        ReadRequired();
        return purl is not null && _json.TokenType == JsonTokenType.String && _json.ValueTextEquals(purl)
            ? _refs.Intern(purl).Text
            : ExpectRef("bom-ref").Text;
    }

    /// <summary>A purl, shared with the bom-ref read just before when they are equal.</summary>
    private string? ReadPurl(string? bomRef)
    {
        ReadRequired();
        return bomRef is not null && _json.TokenType == JsonTokenType.String && _json.ValueTextEquals(bomRef) ? bomRef : ExpectString("purl");
    }

    private (string? Text, int Id) ReadRef(string what)
    {
        ReadRequired();
        return ExpectRef(what);
    }

    /// <summary>A reference to a bom-ref: one string per distinct text.</summary>
    private readonly (string? Text, int Id) ExpectRef(string what) => _json.TokenType switch
    {
        JsonTokenType.String => _json.ValueIsEscaped ? _refs.Intern(Decode()) : _refs.Intern(_json.ValueSpan),
        JsonTokenType.Null => (null, -1),
        _ => throw Error($"expected a string for '{what}', found {Describe()}"),
    };

    private readonly string Decode()
    {
        if (!_json.ValueIsEscaped)
        {
            return Encoding.UTF8.GetString(_json.ValueSpan);
        }

        try
        {
            return _json.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Error("malformed JSON: a string is not valid UTF-8");
        }
    }

    private readonly Property Field() => CycloneDxProperties.Of(_json.ValueIsEscaped ? Encoding.UTF8.GetBytes(Decode()) : _json.ValueSpan);

    private readonly SbomFormatException Error(string reason) => _input.Error(in _json, reason);

    /// <summary>Describes the current token for an error message ("an array", "a string" …).</summary>
    private readonly string Describe() => _json.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => $"the string \"{Shorten(Decode())}\"",
        JsonTokenType.Number => $"the number {Shorten(Encoding.UTF8.GetString(_json.ValueSpan))}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.PropertyName => $"the property \"{Shorten(Decode())}\"",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        _ => "nothing",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    /// <summary>A component without a name: where it starts, for the error.</summary>
    private readonly record struct Nameless(int Index, long Line, long Column, string? BomRef)
    {
        public SbomFormatException Error(string source, string what) =>
            new(source, Line, Column, $"a {what} has no 'name'" + (BomRef is null ? "" : $" (its id is '{BomRef}')"));
    }
}
