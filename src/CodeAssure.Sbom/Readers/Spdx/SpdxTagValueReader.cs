using System.Text;
using CodeAssure.Sbom.Model;

namespace CodeAssure.Sbom.Readers.Spdx;

/// <summary>
/// Reads an SPDX 2.x tag-value document line by line. A <c>PackageName:</c> line opens a package; the package's
/// tags follow until the next package, file, snippet or licence section. Values may span lines inside
/// <c>&lt;text&gt;…&lt;/text&gt;</c>.
/// </summary>
internal sealed class SpdxTagValueReader
{
    private readonly TextReader _text;
    private readonly string _source;
    private readonly SbomReadOptions _options;
    private readonly Spdx2DocumentBuilder _document;
    private long _lineNumber;
    private Section _section = Section.Document;
    private ComponentBuilder? _package;
    private string? _concluded;
    private string? _declared;

    private SpdxTagValueReader(TextReader text, string source, SbomReadOptions options)
    {
        _text = text;
        _source = source;
        _options = options;
        _document = new Spdx2DocumentBuilder(source);
    }

    public static SbomDocument Read(Stream stream, string source, SbomReadOptions options)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return new SpdxTagValueReader(text, source, options).ReadDocument();
    }

    private SbomDocument ReadDocument()
    {
        while (NextLine() is { } line)
        {
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw Error(1, $"expected 'Tag: value', found \"{Shorten(line)}\"");
            }

            var tag = line[..colon].Trim();
            var valueColumn = colon + 2;
            var value = ReadValue(line[(colon + 1)..].Trim(), valueColumn);
            Handle(tag, value, valueColumn);
        }

        FinishPackage();
        return _document.Build();
    }

    private void Handle(string tag, string value, int column)
    {
        switch (tag)
        {
            case "SPDXVersion":
                _document.SpdxVersion = Spdx2DocumentBuilder.CheckVersion(value, reason => Error(column, reason));
                return;
            case "DocumentName":
                _document.Name = value;
                return;
            case "DocumentNamespace":
                _document.DocumentNamespace = value;
                return;
            case "Creator":
                _document.AddCreator(value);
                return;
            case "Created":
                _document.Created = Timestamps.Parse(value, reason => Error(column, reason));
                return;
            case "Relationship":
                AddRelationship(value, column);
                return;
            case "PackageName":
                FinishPackage();
                _section = Section.Package;
                _package = new ComponentBuilder(_lineNumber, 1) { Name = value };
                return;
            case "FileName":
            case "SnippetSPDXID":
            case "LicenseID":
                FinishPackage();
                _section = Section.Other;
                return;
            case "SPDXID":
                SetId(value, column);
                return;
        }

        if (_section != Section.Package || _package is null)
        {
            return;
        }

        switch (tag)
        {
            case "PackageVersion":
                _package.Version = value;
                break;
            case "PackageSupplier":
                _package.Supplier = Spdx2DocumentBuilder.SupplierName(value);
                break;
            case "PackageLicenseConcluded":
                _concluded = Spdx2DocumentBuilder.License(value);
                break;
            case "PackageLicenseDeclared":
                _declared = Spdx2DocumentBuilder.License(value);
                break;
            case "PrimaryPackagePurpose":
                _package.Type = value.ToLowerInvariant();
                break;
            case "PackageChecksum":
                var separator = value.IndexOf(':', StringComparison.Ordinal);
                if (separator <= 0)
                {
                    throw Error(column, $"expected 'ALGORITHM: value' in PackageChecksum, found \"{Shorten(value)}\"");
                }

                _package.Hashes.Add(new SbomHash(SpdxHashAlgorithms.Normalise(value[..separator]), value[(separator + 1)..].Trim()));
                break;
            case "ExternalRef":
                var parts = value.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (parts.Length != 3)
                {
                    throw Error(column, $"expected 'CATEGORY TYPE LOCATOR' in ExternalRef, found \"{Shorten(value)}\"");
                }

                Spdx2DocumentBuilder.AddExternalRef(_package, parts[1], parts[2]);
                break;
        }
    }

    private void SetId(string value, int column)
    {
        if (_section == Section.Document)
        {
            if (_document.DocumentId is null)
            {
                Spdx2DocumentBuilder.CheckDocumentId(value, reason => Error(column, reason));
                _document.DocumentId = value;
            }

            return;
        }

        if (_section == Section.Package && _package is { BomRef: null })
        {
            Spdx2DocumentBuilder.CheckElementId(value, "a package", reason => Error(column, reason));
            _package.BomRef = value;
        }
    }

    private void AddRelationship(string value, int column)
    {
        // "Relationship: A TYPE B", optionally followed by a comment on its own RelationshipComment line.
        var parts = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 3)
        {
            throw Error(column, $"expected 'SPDXID TYPE SPDXID' in Relationship, found \"{Shorten(value)}\"");
        }

        _document.Relationships.Add(new SpdxRelationship(parts[0], parts[1], parts[2]));
    }

    private void FinishPackage()
    {
        if (_package is null)
        {
            return;
        }

        if (_package.BomRef is null)
        {
            throw new SbomFormatException(_source, _package.Line, _package.Column, $"the package '{_package.Name}' has no SPDXID");
        }

        _package.AddLicense(_concluded);
        _package.AddLicense(_declared);
        _document.Packages.Add(_package);
        (_package, _concluded, _declared) = (null, null, null);
    }

    /// <summary>A value, with a multi-line &lt;text&gt;…&lt;/text&gt; block joined up.</summary>
    private string ReadValue(string first, int column)
    {
        if (!first.StartsWith("<text>", StringComparison.Ordinal))
        {
            return first;
        }

        var startLine = _lineNumber;
        var text = new StringBuilder(first["<text>".Length..]);
        while (true)
        {
            var content = text.ToString();
            var end = content.IndexOf("</text>", StringComparison.Ordinal);
            if (end >= 0)
            {
                return content[..end].Trim();
            }

            if (text.Length > _options.MaxValueBytes)
            {
                throw new SbomFormatException(_source, startLine, column, $"a <text> value is larger than the limit of {_options.MaxValueBytes} characters");
            }

            var next = NextLine() ?? throw new SbomFormatException(_source, startLine, column, "a <text> value is never closed by </text>: the document is truncated");
            text.Append('\n').Append(next);
        }
    }

    private string? NextLine()
    {
        var line = _text.ReadLine();
        if (line is not null)
        {
            _lineNumber++;
            if (line.Length > _options.MaxValueBytes)
            {
                throw Error(1, $"a line is longer than the limit of {_options.MaxValueBytes} characters");
            }
        }

        return line;
    }

    private SbomFormatException Error(int column, string reason) => new(_source, _lineNumber, column, reason);

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private enum Section
    {
        Document,
        Package,
        Other,
    }
}
