namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>One metric of a CVSS version: its abbreviation, group and allowed values (case-sensitive, as the specifications write them).</summary>
/// <param name="Name">The abbreviation used in vector strings, e.g. <c>AV</c>.</param>
/// <param name="Group">The metric group.</param>
/// <param name="NotDefined">The value that means "Not Defined" (<c>ND</c> in v2.0, <c>X</c> later), or null for base metrics.</param>
/// <param name="Values">Every allowed value, including <paramref name="NotDefined"/>.</param>
internal sealed record CvssMetricDefinition(string Name, CvssMetricGroup Group, string? NotDefined, IReadOnlyList<string> Values)
{
    public static CvssMetricDefinition Base(string name, params string[] values) => new(name, CvssMetricGroup.Base, null, values);

    public static CvssMetricDefinition Optional(string name, CvssMetricGroup group, string notDefined, params string[] values) =>
        new(name, group, notDefined, [notDefined, .. values]);
}
