using System.Xml;

namespace CodeAssure.Sbom.Readers.Tokens;

/// <summary>
/// Presents element-per-property XML (the SPDX 2 XML serialization) as tokens: an element with child elements is an
/// object, an element with only text is a string, and a list is the same element repeated.
/// </summary>
internal sealed class XmlTokenReader : TokenReader
{
    private readonly XmlReader _reader;
    private readonly SbomReadOptions _options;
    private readonly Queue<(TokenKind Kind, string? Value, long Line, long Column)> _pending = new();
    private bool _started;
    private bool _finished;
    private bool _positioned; // the XmlReader already stands on the next node to handle

    public XmlTokenReader(XmlReader reader, string sourceName, SbomReadOptions options)
        : base(sourceName)
    {
        _reader = reader;
        _options = options;
    }

    public override bool RepeatedPropertiesFormArrays => true;

    public override bool Read()
    {
        try
        {
            while (_pending.Count == 0 && !_finished)
            {
                Pump();
            }
        }
        catch (XmlException e)
        {
            throw new SbomFormatException(SourceName, Math.Max(e.LineNumber, 1), Math.Max(e.LinePosition, 1), $"malformed XML: {e.Message}", e);
        }

        if (_pending.Count == 0)
        {
            Kind = TokenKind.None;
            return false;
        }

        var (kind, value, line, column) = _pending.Dequeue();
        (Kind, Value, Line, Column) = (kind, value, line, column);
        return true;
    }

    private void Pump()
    {
        if (!_started)
        {
            // Positioned on the root element by the caller.
            _started = true;
            Enqueue(TokenKind.StartObject, null);
            if (_reader.IsEmptyElement)
            {
                Enqueue(TokenKind.EndObject, null);
                _finished = true;
                return;
            }

            _positioned = false;
            return;
        }

        if (!_positioned && !_reader.Read())
        {
            throw SbomXmlReader.At(_reader, SourceName, "unexpected end of input: the XML document is truncated");
        }

        _positioned = false;
        switch (_reader.NodeType)
        {
            case XmlNodeType.Element:
                StartProperty();
                break;
            case XmlNodeType.EndElement:
                Enqueue(TokenKind.EndObject, null);
                if (_reader.Depth == 0)
                {
                    _finished = true;
                }

                break;
        }
    }

    private void StartProperty()
    {
        if (_reader.Depth > _options.MaxDepth)
        {
            throw SbomXmlReader.At(_reader, SourceName, $"the document is nested deeper than the limit of {_options.MaxDepth}");
        }

        Enqueue(TokenKind.PropertyName, _reader.LocalName);
        if (_reader.IsEmptyElement)
        {
            Enqueue(TokenKind.String, "");
            return;
        }

        var (line, column) = Position();
        string? text = null;
        while (_reader.Read())
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    text = string.Concat(text, _reader.Value);
                    continue;
                case XmlNodeType.EndElement:
                    _pending.Enqueue((TokenKind.String, text ?? "", line, column));
                    return;
                case XmlNodeType.Element:
                    // Child elements: this property is an object; the child is handled next.
                    _pending.Enqueue((TokenKind.StartObject, null, line, column));
                    _positioned = true;
                    return;
            }
        }

        throw SbomXmlReader.At(_reader, SourceName, "unexpected end of input: the XML document is truncated");
    }

    private void Enqueue(TokenKind kind, string? value)
    {
        var (line, column) = Position();
        _pending.Enqueue((kind, value, line, column));
    }

    private (long Line, long Column) Position() =>
        _reader is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);
}
