using System.Globalization;
using CodeAssure.Data.Entities;
using CodeAssure.Web.Validation;

namespace CodeAssure.Web.Triage;

/// <summary>Days from detection until a finding is due, per severity; always within 1–3650 days.</summary>
internal sealed record SlaDays
{
    public const int MaxDays = 3650;

    /// <summary>
    /// The defaults (docs/triage.md says why): Critical 7 and High 30 follow the common 7/30-day remediation windows
    /// (e.g. PCI DSS 6.3.3's one month for critical patches, CISA BOD 19-02's 15/30 days); Medium 90 matches the
    /// 90-day disclosure norm; Low 180; Unknown 90 so an unrated finding is neither ignored nor treated as critical.
    /// </summary>
    public static readonly SlaDays Defaults = new(7, 30, 90, 180, 90);

    public SlaDays(int critical, int high, int medium, int low, int unknown)
    {
        Critical = Check("criticalDays", critical);
        High = Check("highDays", high);
        Medium = Check("mediumDays", medium);
        Low = Check("lowDays", low);
        Unknown = Check("unknownDays", unknown);
    }

    public int Critical { get; }

    public int High { get; }

    public int Medium { get; }

    public int Low { get; }

    public int Unknown { get; }

    public static SlaDays From(SlaPolicy? policy) =>
        policy is null ? Defaults : new SlaDays(policy.CriticalDays, policy.HighDays, policy.MediumDays, policy.LowDays, policy.UnknownDays);

    /// <summary>Reads the five numbers from form or JSON text.</summary>
    public static SlaDays Parse(string? critical, string? high, string? medium, string? low, string? unknown) =>
        new(Number("criticalDays", critical, "Critical"), Number("highDays", high, "High"), Number("mediumDays", medium, "Medium"),
            Number("lowDays", low, "Low"), Number("unknownDays", unknown, "Unknown"));

    public int DaysFor(FindingSeverity severity) => severity switch
    {
        FindingSeverity.Critical => Critical,
        FindingSeverity.High => High,
        FindingSeverity.Medium => Medium,
        // CVSS 0.0 still deserves a look; it shares the Low deadline rather than having none.
        FindingSeverity.Low or FindingSeverity.None => Low,
        _ => Unknown,
    };

    public DateTimeOffset DueFor(VulnerabilityFinding finding) => finding.DetectedAt.AddDays(DaysFor(finding.Severity));

    private static int Check(string field, int days) =>
        days is >= 1 and <= MaxDays ? days : throw new InvalidInputException(field, $"Days must be a whole number from 1 to {MaxDays}.");

    private static int Number(string field, string? text, string label) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var days)
            ? Check(field, days)
            : throw new InvalidInputException(field, $"{label}: days must be a whole number from 1 to {MaxDays}.");
}
