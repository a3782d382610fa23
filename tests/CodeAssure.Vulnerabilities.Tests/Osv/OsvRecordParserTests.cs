using CodeAssure.Vulnerabilities.Osv;

namespace CodeAssure.Vulnerabilities.Tests.Osv;

public sealed class OsvRecordParserTests
{
    private const string Minimal = """{"id":"GHSA-aaaa-bbbb-cccc","modified":"2024-05-01T12:00:00Z"}""";

    private static string WithAffected(string affected) =>
        $$"""{"id":"GHSA-aaaa-bbbb-cccc","modified":"2024-05-01T12:00:00Z","affected":[{{affected}}]}""";

    [Fact]
    public void Parses_a_minimal_record()
    {
        var record = OsvRecordParser.ParseJson(Minimal);

        Assert.Equal("GHSA-aaaa-bbbb-cccc", record.Id);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), record.Modified);
        Assert.Empty(record.Affected);
        Assert.False(record.IsWithdrawn);
    }

    [Fact]
    public void Parses_every_schema_field()
    {
        var record = OsvRecordParser.ParseJson("""
            {"schema_version":"1.7.0","id":"PYSEC-2024-1","modified":"2024-05-01T12:00:00.123456789Z","published":"2024-04-01T00:00:00+02:00",
             "withdrawn":"2024-06-01T00:00:00Z","aliases":["CVE-2024-1"],"upstream":["CVE-2024-0"],"related":["GHSA-x"],"summary":"s","details":"d",
             "affected":[{"package":{"ecosystem":"PyPI","name":"Foo_Bar","purl":"pkg:pypi/foo-bar"},
               "severity":[{"type":"CVSS_V4","score":"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}],
               "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"last_affected":"1.2"}],"database_specific":{"k":1}},
                         {"type":"GIT","repo":"https://g/r","events":[{"introduced":"0"},{"limit":"abc"}]}],
               "versions":["1.0","1.2"],"ecosystem_specific":{"e":true},"database_specific":{"d":[1,2]}}],
             "references":[{"type":"FIX","url":"https://x/y"}],"credits":[{"name":"Ann","contact":["mailto:a@b"],"type":"FINDER"}],
             "database_specific":{"nested":{"deep":[null]}}}
            """);

        Assert.Equal("1.7.0", record.SchemaVersion);
        Assert.Equal(1234567L, record.Modified.Ticks % TimeSpan.TicksPerSecond);
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 22, 0, 0, TimeSpan.Zero), record.Published);
        Assert.True(record.IsWithdrawn);
        Assert.Equal(["CVE-2024-0"], record.Upstream);
        Assert.Equal(["GHSA-x"], record.Related);
        var affected = Assert.Single(record.Affected);
        Assert.Equal(new OsvPackage("PyPI", "Foo_Bar", "pkg:pypi/foo-bar"), affected.Package);
        Assert.Equal("CVSS_V4", Assert.Single(affected.Severity).Type);
        Assert.Equal([new OsvEvent(OsvEventKind.Introduced, "0"), new OsvEvent(OsvEventKind.LastAffected, "1.2")], affected.Ranges[0].Events);
        Assert.Equal(OsvRangeType.Git, affected.Ranges[1].Type);
        Assert.Equal(OsvEventKind.Limit, affected.Ranges[1].Events[1].Kind);
        Assert.Equal(["1.0", "1.2"], affected.Versions);
        Assert.True(affected.EcosystemSpecific!.Value.GetProperty("e").GetBoolean());
        Assert.Equal(new OsvReference("FIX", "https://x/y"), Assert.Single(record.References));
        Assert.Equal("FINDER", Assert.Single(record.Credits).Type);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, record.DatabaseSpecific!.Value.GetProperty("nested").GetProperty("deep")[0].ValueKind);
    }

    [Fact]
    public void Writes_and_reads_back_the_same_record()
    {
        var json = """{"id":"X-1","modified":"2024-05-01T12:00:00Z","aliases":["A"],"affected":[{"package":{"ecosystem":"npm","name":"left-pad"},"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1.3.0"}]}],"database_specific":{"z":[1,{"a":"b"}]}}]}""";
        var first = OsvRecordWriter.ToUtf8Json(OsvRecordParser.ParseJson(json));
        var second = OsvRecordWriter.ToUtf8Json(OsvRecordParser.ParseJson(first));

        Assert.Equal(first, second);
        Assert.Equal(json, System.Text.Encoding.UTF8.GetString(first));
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("""{"id":"X-1","modified":"2024-05-01T12:00""", "not valid JSON")]
    [InlineData("[]", "record: expected an object, got an array")]
    [InlineData("""{"modified":"2024-05-01T12:00:00Z"}""", "id: required field is missing")]
    [InlineData("""{"id":"X-1"}""", "modified: required field is missing")]
    [InlineData("""{"id":42,"modified":"2024-05-01T12:00:00Z"}""", "id: expected a string, got a number")]
    [InlineData("""{"id":"has space","modified":"2024-05-01T12:00:00Z"}""", "id: 'has space' is not an OSV id")]
    [InlineData("""{"id":"X-1","modified":"yesterday"}""", "modified: 'yesterday' is not an RFC 3339 timestamp")]
    [InlineData("""{"id":"X-1","modified":"2024-02-30T00:00:00Z"}""", "is not an RFC 3339 timestamp")]
    [InlineData("""{"id":"X-1","modified":"2024-05-01T12:00:00Z","aliases":"CVE-1"}""", "aliases: expected an array, got a string")]
    [InlineData("""{"id":"X-1","modified":"2024-05-01T12:00:00Z","aliases":[1]}""", "aliases[0]: expected a string, got a number")]
    [InlineData("""{"id":"X-1","modified":"2024-05-01T12:00:00Z","references":[{"type":"WEB"}]}""", "references[0].url: required field is missing")]
    [InlineData("""{"id":"X-1","modified":"2024-05-01T12:00:00Z","database_specific":[]}""", "database_specific: expected an object, got an array")]
    [InlineData("""{"id":"X-1","modified":"2024-05-01T12:00:00Z","severity":[{"type":"CVSS_V3"}]}""", "severity[0].score: required field is missing")]
    public void Rejects_malformed_records_naming_the_field(string json, string expected)
    {
        var e = Assert.Throws<OsvFormatException>(() => OsvRecordParser.ParseJson(json));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"package":{"ecosystem":"npm"}}""", "affected[0].package.name: required field is missing")]
    [InlineData("""{"package":{"ecosystem":"npm","name":""}}""", "must not be empty")]
    [InlineData("""{"ranges":[{"type":"RANGE","events":[{"introduced":"0"}]}]}""", "affected[0].ranges[0].type: expected SEMVER, ECOSYSTEM or GIT, got 'RANGE'")]
    [InlineData("""{"ranges":[{"type":"GIT","events":[{"introduced":"0"}]}]}""", "a GIT range needs a repo")]
    [InlineData("""{"ranges":[{"type":"SEMVER","events":[]}]}""", "at least one event")]
    [InlineData("""{"ranges":[{"type":"SEMVER","events":[{"fixed":"1.0"}]}]}""", "missing an 'introduced' event")]
    [InlineData("""{"ranges":[{"type":"SEMVER","events":[{"introduced":"0","fixed":"1"}]}]}""", "exactly one of")]
    [InlineData("""{"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"fixed":"1"},{"last_affected":"2"}]}]}""", "cannot both appear")]
    [InlineData("""{"ranges":[{"type":"SEMVER","events":[{"introduced":0}]}]}""", "events[0].introduced: expected a string, got a number")]
    [InlineData("""{"ranges":[{"type":"SEMVER","events":[{"other":"0"}]}]}""", "an event needs one of")]
    [InlineData("""{"versions":"1.0"}""", "affected[0].versions: expected an array")]
    public void Rejects_malformed_affected_entries(string affected, string expected)
    {
        var e = Assert.Throws<OsvFormatException>(() => OsvRecordParser.ParseJson(WithAffected(affected)));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_severity_given_both_for_the_record_and_a_package()
    {
        var json = """{"id":"X-1","modified":"2024-05-01T12:00:00Z","severity":[{"type":"Ubuntu","score":"low"}],"affected":[{"severity":[{"type":"Ubuntu","score":"high"}]}]}""";

        var e = Assert.Throws<OsvFormatException>(() => OsvRecordParser.ParseJson(json));

        Assert.Contains("affected[0].severity", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_nesting_deeper_than_the_limit()
    {
        var deep = new string('[', 200) + new string(']', 200);
        var json = $$$"""{"id":"X-1","modified":"2024-05-01T12:00:00Z","database_specific":{"a":{{{deep}}}}}""";

        Assert.Throws<OsvFormatException>(() => OsvRecordParser.ParseJson(json));
    }

    [Fact]
    public void Ignores_fields_from_newer_schema_versions()
    {
        var record = OsvRecordParser.ParseJson("""{"id":"X-1","modified":"2024-05-01T12:00:00Z","future_field":{"x":1}}""");

        Assert.Equal("X-1", record.Id);
    }

    [Fact]
    public void Reads_YAML_plain_scalars_as_the_text_written()
    {
        var record = OsvRecordParser.ParseYaml("""
            id: PYSEC-2024-1
            modified: 2024-05-01T12:00:00.5Z
            affected:
            - package: {name: Foo, ecosystem: PyPI}
              ranges:
              - type: ECOSYSTEM
                events:
                - introduced: 0
                - fixed: 3.10
              versions: [1.0, "2.0", 3.0.1, true]
              database_specific: {count: 3, flag: false, none: ~}
            """);

        var affected = Assert.Single(record.Affected);
        Assert.Equal("0", affected.Ranges[0].Events[0].Version);
        Assert.Equal("3.10", affected.Ranges[0].Events[1].Version);
        Assert.Equal(["1.0", "2.0", "3.0.1", "true"], affected.Versions);
        Assert.Equal(3, affected.DatabaseSpecific!.Value.GetProperty("count").GetInt32());
        Assert.False(affected.DatabaseSpecific!.Value.GetProperty("flag").GetBoolean());
    }

    [Theory]
    [InlineData("id: X-1\nmodified: 2024-05-01T12:00:00Z\naliases: &a [x]\nrelated: *a\n", "aliases")]
    [InlineData("id: X-1\nmodified: 2024-05-01T12:00:00Z\n---\nid: X-2\n", "more than one document")]
    [InlineData("id: [unclosed\n", "not valid YAML")]
    [InlineData("", "empty")]
    [InlineData("- just\n- a list\n", "record: expected an object")]
    [InlineData("id: X-1\nmodified: 2024-05-01T12:00:00Z\naffected:\n- ranges:\n  - type: SEMVER\n    events:\n    - fixed: 1\n", "missing an 'introduced' event")]
    public void Rejects_YAML_that_is_not_one_plain_OSV_record(string yaml, string expected)
    {
        var e = Assert.Throws<OsvFormatException>(() => OsvRecordParser.ParseYaml(yaml));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_YAML_that_expands_beyond_the_limit()
    {
        var yaml = "id: X-1\nmodified: 2024-05-01T12:00:00Z\ndetails: " + new string('a', 5000) + "\n";

        var e = Assert.Throws<OsvFormatException>(() => OsvRecordParser.ParseYaml(yaml, maxJsonBytes: 1000));

        Assert.Contains("larger than 1000 bytes", e.Message, StringComparison.Ordinal);
    }
}
