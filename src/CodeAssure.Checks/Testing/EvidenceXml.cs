using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace CodeAssure.Checks.Testing;

/// <summary>
/// A forward-only XML reader with the safety limits every evidence format needs (no DTD processing, no external
/// resolution, size and depth caps) and errors that name the file, line and column.
/// </summary>
internal sealed partial class EvidenceXml : IDisposable
{
    // Cobertura itself and gcovr write a bare DOCTYPE naming the Cobertura DTD. It is accepted (and never read);
    // any other DOCTYPE — in particular one with an internal subset, where entity attacks live — is refused.
    [GeneratedRegex("""^\s*(<\?xml[^>]*\?>\s*)?(<!--.*?-->\s*)*<!DOCTYPE\s+coverage\s+(SYSTEM\s+("[^"\[\]<>]*"|'[^'\[\]<>]*')|PUBLIC\s+("[^"\[\]<>]*"|'[^'\[\]<>]*')\s+("[^"\[\]<>]*"|'[^'\[\]<>]*'))\s*>""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CoberturaDoctype();

    private const int PrologBytes = 4096;

    private readonly XmlReader _reader;
    private readonly int _maxDepth;

    private EvidenceXml(XmlReader reader, string source, int maxDepth)
    {
        _reader = reader;
        Source = source;
        _maxDepth = maxDepth;
    }

    public string Source { get; }

    public XmlReader Reader => _reader;

    public static EvidenceXml Open(Stream stream, string source, TestReportReadOptions options)
    {
        var prolog = new byte[PrologBytes];
        var length = ReadPrefix(stream, prolog);
        var allowCoberturaDoctype = CoberturaDoctype().IsMatch(DecodeProlog(prolog.AsSpan(0, length)));
        var settings = new XmlReaderSettings
        {
            // Prohibit refuses a DOCTYPE outright (XXE, entity expansion); Ignore skips the one harmless DOCTYPE
            // Cobertura writers emit without reading it, so entities stay undeclared either way.
            DtdProcessing = allowCoberturaDoctype ? DtdProcessing.Ignore : DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = options.MaxInputBytes,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = true,
        };
        var replay = new PrefixedStream(prolog.AsMemory(0, length), stream);
        return new EvidenceXml(XmlReader.Create(replay, settings), source, options.MaxDepth);
    }

    /// <summary>Moves to the next node; false at the end of the document.</summary>
    public bool Read()
    {
        if (!_reader.Read())
        {
            return false;
        }

        if (_reader.Depth > _maxDepth)
        {
            throw Fail($"elements nest deeper than {_maxDepth} levels");
        }

        return true;
    }

    public bool IsStart(string localName) => _reader.NodeType == XmlNodeType.Element && _reader.LocalName == localName;

    public bool IsEnd(int depth) => _reader.NodeType == XmlNodeType.EndElement && _reader.Depth == depth;

    /// <summary>Reads the text content of the current element (the reader ends on its end tag, or stays on an empty element).</summary>
    public string ReadText()
    {
        if (_reader.IsEmptyElement)
        {
            return "";
        }

        var depth = _reader.Depth;
        var text = new StringBuilder();
        while (Read() && !IsEnd(depth))
        {
            if (_reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace && text.Length < 64 * 1024)
            {
                text.Append(_reader.Value);
            }
        }

        return text.ToString();
    }

    /// <summary>A whole-number attribute of the current element; null when absent, and a warning when unreadable.</summary>
    public int? Int(string name, List<string> warnings)
    {
        var text = _reader.GetAttribute(name);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= int.MaxValue)
        {
            return (int)value;
        }

        warnings.Add($"{Source}:{Position}: attribute {name}=\"{Shorten(text)}\" is not a count; ignored");
        return null;
    }

    /// <summary>A decimal attribute of the current element; null when absent, and a warning when unreadable.</summary>
    public double? Number(string name, List<string> warnings)
    {
        var text = _reader.GetAttribute(name);
        if (text is null || text.Trim().Length == 0)
        {
            return null;
        }

        // Some writers (older Surefire) format with thousands separators: "1,234.5".
        var trimmed = text.Trim();
        if (trimmed.Contains(',', StringComparison.Ordinal) && trimmed.Contains('.', StringComparison.Ordinal))
        {
            trimmed = trimmed.Replace(",", "", StringComparison.Ordinal);
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
        {
            return value;
        }

        warnings.Add($"{Source}:{Position}: attribute {name}=\"{Shorten(text)}\" is not a number; ignored");
        return null;
    }

    public static string Shorten(string text, int max = 300)
    {
        var line = text.Trim();
        var newline = line.IndexOfAny(['\r', '\n']);
        if (newline >= 0)
        {
            line = line[..newline].TrimEnd();
        }

        return line.Length <= max ? line : line[..(max - 1)] + "…";
    }

    public TestReportException Fail(string reason) =>
        _reader is IXmlLineInfo info && info.HasLineInfo()
            ? new TestReportException(Source, info.LineNumber, info.LinePosition, reason)
            : new TestReportException(Source, 1, 1, reason);

    /// <summary>Where the reader is, as "line:column", for warnings.</summary>
    public string Position => _reader is IXmlLineInfo info && info.HasLineInfo() ? $"{info.LineNumber}:{info.LinePosition}" : "1:1";

    public static TestReportException Malformed(XmlException e, string source)
    {
        var reason = e.Message;
        var at = reason.LastIndexOf(" Line ", StringComparison.Ordinal);
        if (at > 0)
        {
            reason = reason[..at];
        }

        if (reason.Contains("DTD", StringComparison.Ordinal))
        {
            reason = "a DOCTYPE is not allowed (DTDs and entities are never processed)";
        }
        else if (reason.Contains("undeclared entity", StringComparison.Ordinal))
        {
            reason = $"entity references are not allowed: {reason}";
        }

        return new TestReportException(source, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), $"malformed XML: {reason.TrimEnd('.', ' ')}", e);
    }

    public void Dispose() => _reader.Dispose();

    private static int ReadPrefix(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    private static string DecodeProlog(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return Encoding.UTF8.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
    }
}
