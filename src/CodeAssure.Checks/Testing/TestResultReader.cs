using System.Xml;

namespace CodeAssure.Checks.Testing;

/// <summary>
/// Reads one test evidence file — TRX, JUnit XML or Cobertura — recognising the format from its root element,
/// never its name. Anything that is not readable evidence (malformed, truncated, hostile, too large, another
/// format) raises a <see cref="TestReportException"/> saying file:line:column and why.
/// </summary>
public static class TestResultReader
{
    /// <summary>Reads a file with the default limits.</summary>
    public static TestResultFile Read(string path) => Read(path, TestReportReadOptions.Default);

    /// <summary>Reads a file with the given limits.</summary>
    public static TestResultFile Read(string path, TestReportReadOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(options);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TestReportException(path, 1, 1, $"cannot be read: {e.Message}", e);
        }

        using (stream)
        {
            if (stream.Length > options.MaxInputBytes)
            {
                throw new TestReportException(path, 1, 1, $"the file is {stream.Length} bytes, over the {options.MaxInputBytes}-byte limit");
            }

            return Read(stream, path, options);
        }
    }

    /// <summary>Reads evidence from a stream; <paramref name="sourceName"/> names it in errors and in the result.</summary>
    public static TestResultFile Read(Stream stream, string sourceName, TestReportReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        options ??= TestReportReadOptions.Default;
        try
        {
            using var xml = EvidenceXml.Open(stream, sourceName, options);
            string? leadingComment = null;
            while (xml.Read() && xml.Reader.NodeType != XmlNodeType.Element)
            {
                if (xml.Reader.NodeType == XmlNodeType.Comment)
                {
                    leadingComment ??= xml.Reader.Value;
                }
            }

            if (xml.Reader.NodeType != XmlNodeType.Element)
            {
                throw xml.Fail("the file has no root element: it is empty or not XML");
            }

            return xml.Reader.LocalName switch
            {
                "TestRun" => TrxReader.Read(xml),
                "testsuites" or "testsuite" => JUnitReader.Read(xml),
                "coverage" when xml.Reader.GetAttribute("line-rate") is not null || xml.Reader.GetAttribute("clover") is null
                    => CoberturaReader.Read(xml, leadingComment),
                "coverage" => throw xml.Fail("Clover coverage is not supported: write Cobertura XML instead"),
                "report" => throw xml.Fail("JaCoCo coverage is not supported: write Cobertura XML instead"),
                _ => throw xml.Fail($"not test evidence: root element <{xml.Reader.Name}> (expected TRX <TestRun>, JUnit <testsuites> or <testsuite>, or Cobertura <coverage>)"),
            };
        }
        catch (XmlException e)
        {
            throw EvidenceXml.Malformed(e, sourceName);
        }
        catch (IOException e)
        {
            throw new TestReportException(sourceName, 1, 1, $"cannot be read: {e.Message}", e);
        }
    }
}
