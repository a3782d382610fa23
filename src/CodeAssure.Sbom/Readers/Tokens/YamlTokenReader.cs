using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CodeAssure.Sbom.Readers.Tokens;

/// <summary>
/// Streams the first YAML document as tokens with YamlDotNet's event parser (no object graph is built). Aliases are
/// refused: they are how YAML entity-expansion ("billion laughs") attacks work, and SPDX never needs them.
/// </summary>
internal sealed class YamlTokenReader : TokenReader
{
    private readonly TextReader _text;
    private readonly Parser _parser;
    private readonly SbomReadOptions _options;

    // For each open collection: true for a mapping whose next scalar is a key.
    private readonly Stack<Frame> _frames = new();
    private bool _done;

    public YamlTokenReader(TextReader text, string sourceName, SbomReadOptions options)
        : base(sourceName)
    {
        _text = text;
        _parser = new Parser(text);
        _options = options;
    }

    public override bool Read()
    {
        while (!_done)
        {
            ParsingEvent? next;
            try
            {
                next = _parser.MoveNext() ? _parser.Current : null;
            }
            catch (YamlException e)
            {
                throw new SbomFormatException(SourceName, Math.Max(e.Start.Line, 1), Math.Max(e.Start.Column, 1), $"malformed YAML: {e.Message}", e);
            }

            if (next is null)
            {
                _done = true;
                break;
            }

            Line = Math.Max(next.Start.Line, 1);
            Column = Math.Max(next.Start.Column, 1);
            switch (next)
            {
                case AnchorAlias:
                    throw Error("YAML aliases are not supported (they allow entity-expansion attacks)");
                case DocumentEnd:
                    _done = true; // only the first document is read
                    break;
                case MappingStart:
                    Open(Frame.Mapping);
                    Kind = TokenKind.StartObject;
                    Value = null;
                    return true;
                case SequenceStart:
                    Open(Frame.Sequence);
                    Kind = TokenKind.StartArray;
                    Value = null;
                    return true;
                case MappingEnd:
                    _frames.Pop();
                    Kind = TokenKind.EndObject;
                    Value = null;
                    return true;
                case SequenceEnd:
                    _frames.Pop();
                    Kind = TokenKind.EndArray;
                    Value = null;
                    return true;
                case Scalar scalar:
                    if (_frames.TryPeek(out var frame) && frame == Frame.MappingKey)
                    {
                        _frames.Pop();
                        _frames.Push(Frame.Mapping);
                        Kind = TokenKind.PropertyName;
                        Value = scalar.Value;
                        return true;
                    }

                    ValueTaken();
                    (Kind, Value) = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL"
                        ? (TokenKind.Null, null)
                        : (TokenKind.String, scalar.Value);
                    return true;
            }
        }

        Kind = TokenKind.None;
        return false;
    }

    private void Open(Frame frame)
    {
        if (_frames.TryPeek(out var top) && top == Frame.MappingKey)
        {
            throw Error("complex YAML mapping keys are not supported: keys must be plain strings");
        }

        ValueTaken();
        if (_frames.Count >= _options.MaxDepth)
        {
            throw Error($"the document is nested deeper than the limit of {_options.MaxDepth}");
        }

        _frames.Push(frame == Frame.Mapping ? Frame.MappingKey : frame);
    }

    /// <summary>A value was read inside a mapping: the next scalar there is a key again.</summary>
    private void ValueTaken()
    {
        if (_frames.TryPeek(out var top) && top == Frame.Mapping)
        {
            _frames.Pop();
            _frames.Push(Frame.MappingKey);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text.Dispose();
        }

        base.Dispose(disposing);
    }

    private enum Frame
    {
        /// <summary>A mapping waiting for a value.</summary>
        Mapping,

        /// <summary>A mapping waiting for a key.</summary>
        MappingKey,

        Sequence,
    }
}
