using CodeAssure.Vulnerabilities.Cvss;

namespace CodeAssure.Vulnerabilities.Tests.Cvss;

/// <summary>Bad vector strings are rejected with a message that names the problem and, where there is one, the metric.</summary>
public sealed class CvssParsingTests
{
    private const string V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";
    private const string V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";
    private const string V2 = "AV:N/AC:L/Au:N/C:P/I:P/A:P";

    [Theory]
    [InlineData(V31 + "/XX:Y", "XX", "unknown metric 'XX'")]
    [InlineData(V40 + "/Au:N", "Au", "unknown metric 'Au'")]
    [InlineData(V2 + "/MAV:N", "MAV", "unknown metric 'MAV'")]
    [InlineData(V31 + "/AV:N", "AV", "duplicate metric 'AV'")]
    [InlineData(V40 + "/E:A/E:P", "E", "duplicate metric 'E'")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H", "S", "missing mandatory base metric 'S'")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H", "SC", "missing mandatory base metrics 'SC', 'SI', 'SA'")]
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P", "A", "missing mandatory base metric 'A'")]
    [InlineData("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "AV", "invalid value 'Q' for metric 'AV'")]
    [InlineData(V31 + "/E:ND", "E", "invalid value 'ND' for metric 'E'")]
    [InlineData(V2 + "/E:X", "E", "invalid value 'X' for metric 'E'")]
    [InlineData(V40 + "/SI:S", "SI", "duplicate metric 'SI'")]
    [InlineData("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N", "SI", "invalid value 'S' for metric 'SI'")]
    [InlineData("CVSS:3.1/av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "av", "did you mean 'AV'?")]
    [InlineData("CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "AV", "values are case-sensitive")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A", "A", "metric 'A' has no value")]
    [InlineData("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:", "A", "invalid value '' for metric 'A'")]
    [InlineData("CVSS:3.1/AV:N:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "AV", "invalid value 'N:N' for metric 'AV'")]
    public void Rejects_bad_metrics_naming_the_metric(string text, string metric, string message)
    {
        var e = Assert.Throws<CvssFormatException>(() => CvssVector.Parse(text));

        Assert.Equal(metric, e.Metric);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("CVSS:3.1", "no metrics after the 'CVSS:3.1' prefix")]
    [InlineData("CVSS:4.0", "no metrics after the 'CVSS:4.0' prefix")]
    [InlineData("CVSS:3.10/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "unsupported CVSS version prefix")]
    [InlineData("CVSS:3.1/", "no metrics")]
    [InlineData("CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "unsupported CVSS version prefix 'CVSS:3.2'")]
    [InlineData("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P", "unsupported CVSS version prefix 'CVSS:2.0'")]
    [InlineData("cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "upper case")]
    [InlineData(V31 + "/", "trailing '/'")]
    [InlineData("CVSS:3.1//AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "leading '/'")]
    [InlineData("CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "doubled '/'")]
    [InlineData("/" + V2, "leading '/'")]
    [InlineData(" " + V31, "unknown metric ' CVSS'")]
    [InlineData(V31 + " ", "invalid value 'H ' for metric 'A'")]
    [InlineData("(AV:N/AC:L/Au:N/C:P/I:P/A:P", "unknown metric '(AV'")]
    public void Rejects_malformed_vectors_with_a_reason(string text, string message)
    {
        var e = Assert.Throws<CvssFormatException>(() => CvssVector.Parse(text));

        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_every_truncation_of_a_valid_vector()
    {
        foreach (var full in new[] { V2, V31, V40 })
        {
            for (var length = 0; length < full.Length - 1; length++)
            {
                Assert.False(CvssVector.TryParse(full[..length], out _), $"accepted truncated '{full[..length]}'");
            }

            Assert.True(CvssVector.TryParse(full, out _));
        }
    }

    [Fact]
    public void Rejects_an_overlong_vector_before_reading_it()
    {
        var text = V31 + string.Concat(Enumerable.Repeat("/E:X", 200));

        var e = Assert.Throws<CvssFormatException>(() => CvssVector.Parse(text));

        Assert.Contains($"at most {CvssVector.MaxLength}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_control_characters_and_long_names_safely_in_messages()
    {
        var e = Assert.Throws<CvssFormatException>(() => CvssVector.Parse(V31 + "/\u001b[31mEVIL" + new string('A', 100) + ":X"));

        Assert.DoesNotContain('\u001b', e.Message);
        Assert.Contains("\\u001b", e.Message, StringComparison.Ordinal);
        Assert.True(e.Message.Length < 200, e.Message);
    }

    [Fact]
    public void Accepts_every_optional_metric_with_every_value_including_not_defined()
    {
        var v2 = CvssVector.Parse(V2 + "/E:ND/RL:ND/RC:ND/CDP:ND/TD:ND/CR:ND/IR:ND/AR:ND");
        var v3 = CvssVector.Parse(V31 + "/E:X/RL:X/RC:X/CR:X/IR:X/AR:X/MAV:X/MAC:X/MPR:X/MUI:X/MS:X/MC:X/MI:X/MA:X");
        var v4 = CvssVector.Parse(V40 + "/E:X/CR:X/IR:X/AR:X/MAV:X/MAC:X/MAT:X/MPR:X/MUI:X/MVC:X/MVI:X/MVA:X/MSC:X/MSI:X/MSA:X/S:X/AU:X/R:X/V:X/RE:X/U:X");

        Assert.Equal((7.5, false, false), (v2.Score, v2.HasTemporalMetrics, v2.HasEnvironmentalMetrics));
        Assert.Equal((9.8, false, false), (v3.Score, v3.HasTemporalMetrics, v3.HasEnvironmentalMetrics));
        Assert.Equal((9.3, false, false), (v4.Score, v4.HasTemporalMetrics, v4.HasEnvironmentalMetrics));
    }

    [Fact]
    public void Parses_through_each_versions_own_entry_point_and_refuses_another_version()
    {
        Assert.Equal(9.8, CvssV3Vector.Parse(V31).BaseScore);
        Assert.Equal(9.3, CvssV4Vector.Parse(V40).Score);
        Assert.Equal(7.5, CvssV2Vector.Parse(V2).BaseScore);
        Assert.Throws<CvssFormatException>(() => CvssV3Vector.Parse(V40));
        Assert.Throws<CvssFormatException>(() => CvssV4Vector.Parse(V31));
        Assert.Throws<CvssFormatException>(() => CvssV2Vector.Parse(V31));
    }

    [Fact]
    public void TryParse_returns_false_for_null_and_invalid_input()
    {
        Assert.False(CvssVector.TryParse(null, out var none));
        Assert.Null(none);
        Assert.False(CvssVector.TryParse("CVSS:3.1/AV:N", out _));
        Assert.True(CvssVector.TryParse(V31, out var vector));
        Assert.Equal(V31, vector.ToString());
    }
}
