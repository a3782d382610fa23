using System.Text;
using CodeAssure.Checks.Testing;

namespace CodeAssure.Checks.Tests.Testing;

public sealed class HostileTestEvidenceTests
{
    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE t [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><testsuites>&xxe;</testsuites>""")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><testsuite name="&c;"/>""")]
    [InlineData("""<!DOCTYPE coverage [<!ENTITY x SYSTEM "http://attacker.example/x">]><coverage line-rate="1">&x;</coverage>""")]
    [InlineData("""<!DOCTYPE TestRun SYSTEM "http://attacker.example/trx.dtd"><TestRun/>""")]
    public void Refuses_a_doctype_with_a_clear_error(string xml)
    {
        var e = Assert.Throws<TestReportException>(() => Read(xml));

        Assert.StartsWith("hostile.xml:1:", e.Message, StringComparison.Ordinal);
        Assert.Contains("DOCTYPE", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_expands_an_entity_even_after_the_accepted_cobertura_doctype()
    {
        var e = Assert.Throws<TestReportException>(() => Read(
            "<!DOCTYPE coverage SYSTEM 'http://cobertura.sourceforge.net/xml/coverage-04.dtd'>\n<coverage line-rate=\"1\"><sources><source>&xxe;</source></sources></coverage>"));

        Assert.Equal(2, e.Line);
        Assert.Contains("entity", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_truncated_xml_with_its_line_and_column()
    {
        var full = File.ReadAllText(Fixture.PathOf("xunit.trx"));
        var truncated = full[..(full.Length / 2)];

        var e = Assert.Throws<TestReportException>(() => Read(truncated));

        Assert.True(e.Line > 5, e.Message);
        Assert.StartsWith("malformed XML", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<testsuites><testsuite></testsuites>", 1)]
    [InlineData("<testsuite>\n  <testcase name=\"a\" name=\"b\"/>\n</testsuite>", 2)]
    [InlineData("{\"tests\": 3}", 1)]
    [InlineData("", 1)]
    [InlineData("   \n\n", 1)]
    public void Reports_malformed_xml_as_a_one_line_error(string xml, int line)
    {
        var e = Assert.Throws<TestReportException>(() => Read(xml));

        Assert.Equal(line, e.Line);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("<project><target name=\"test\"/></project>", "<project>")]
    [InlineData("<report name=\"jacoco\"/>", "JaCoCo")]
    [InlineData("<coverage clover=\"4.4.1\" generated=\"1\"><project/></coverage>", "Clover")]
    [InlineData("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"/>", "<bom>")]
    public void Refuses_other_xml_documents_naming_the_root(string xml, string expected)
    {
        var e = Assert.Throws<TestReportException>(() => Read(xml));

        Assert.Contains(expected, e.Reason, StringComparison.Ordinal);
        Assert.Equal((1, 2), (e.Line, e.Column));
    }

    [Fact]
    public void Refuses_nesting_deeper_than_the_limit()
    {
        var xml = new StringBuilder("<testsuites>");
        for (var i = 0; i < 200; i++)
        {
            xml.Append("<testsuite>");
        }

        var e = Assert.Throws<TestReportException>(() => Read(xml.ToString()));

        Assert.Contains("deeper than 64", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_file_over_the_size_limit_before_reading_it()
    {
        var options = new TestReportReadOptions { MaxInputBytes = 1000 };

        var e = Assert.Throws<TestReportException>(() => TestResultReader.Read(Fixture.PathOf("xunit.trx"), options));

        Assert.Contains("over the 1000-byte limit", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_stream_over_the_size_limit_while_reading_it()
    {
        var huge = "<testsuite>" + string.Concat(Enumerable.Repeat("<testcase name=\"x\"/>", 500)) + "</testsuite>";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(huge));

        var e = Assert.Throws<TestReportException>(() => TestResultReader.Read(stream, "big.xml", new TestReportReadOptions { MaxInputBytes = 2000 }));

        Assert.StartsWith("big.xml:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_missing_file_as_a_clear_error()
    {
        var e = Assert.Throws<TestReportException>(() => TestResultReader.Read("/nonexistent/results.trx"));

        Assert.StartsWith("/nonexistent/results.trx:1:1: cannot be read", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_binary_garbage_as_malformed()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        using var stream = new MemoryStream(bytes);

        var e = Assert.Throws<TestReportException>(() => TestResultReader.Read(stream, "garbage.bin"));

        Assert.StartsWith("garbage.bin:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_only_the_first_line_of_a_huge_failure_message()
    {
        var message = new string('x', 100_000) + "\nsecond line";
        var file = Read($"<testsuite><testcase name=\"a\"><failure>{message}</failure></testcase></testsuite>");

        var failed = Assert.Single(file.FailedTests);
        Assert.Equal(300, failed.Message!.Length);
        Assert.EndsWith("…", failed.Message, StringComparison.Ordinal);
    }

    private static TestResultFile Read(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return TestResultReader.Read(stream, "hostile.xml");
    }
}
