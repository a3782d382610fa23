using System.Diagnostics.CodeAnalysis;
using CodeAssure.Vulnerabilities.Osv;
using CodeAssure.Vulnerabilities.Versions;

namespace CodeAssure.Vulnerabilities.Matching;

/// <summary>
/// Decides whether a version lies in an OSV <c>affected</c> entry, following the evaluation in the OSV schema:
/// the explicit <c>versions</c> list, then each SEMVER or ECOSYSTEM range's events in version order
/// (<c>introduced</c> opens, <c>fixed</c> closes at, <c>last_affected</c> closes after; <c>limit</c> bounds the
/// range from above). GIT ranges describe commits, not package versions, and are not evaluated here.
/// </summary>
public static class AffectedVersions
{
    private static readonly IVersionScheme SemVer = VersionSchemes.For("SemVer");

    /// <summary>The outcome for one version: affected or not, and the smallest fixing version above it.</summary>
    /// <param name="IsAffected">True when the version is affected.</param>
    /// <param name="FixedIn">The smallest <c>fixed</c> event above the version in a range that affects it, if any.</param>
    public readonly record struct Result(bool IsAffected, string? FixedIn);

    /// <summary>Evaluates one affected entry for a version in an ecosystem's ordering: listed versions and ranges.</summary>
    public static Result Evaluate(OsvAffected affected, string version, IVersionScheme ecosystemScheme) =>
        Evaluate(affected, version, ecosystemScheme, useVersionList: true);

    /// <summary>
    /// Evaluates the ranges alone, ignoring the explicit <c>versions</c> list — what the list is checked against
    /// when it serves as an oracle for the ranges.
    /// </summary>
    public static Result EvaluateRanges(OsvAffected affected, string version, IVersionScheme ecosystemScheme) =>
        Evaluate(affected, version, ecosystemScheme, useVersionList: false);

    private static Result Evaluate(OsvAffected affected, string version, IVersionScheme ecosystemScheme, bool useVersionList)
    {
        ArgumentNullException.ThrowIfNull(affected);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(ecosystemScheme);

        var listed = useVersionList && affected.Versions.Contains(version, StringComparer.Ordinal);
        string? fixedIn = null;
        var inRange = false;
        foreach (var range in affected.Ranges)
        {
            var (scheme, installed) = range.Type switch
            {
                OsvRangeType.Semver => (SemVer, StripV(version)),
                OsvRangeType.Ecosystem => (ecosystemScheme, version),
                _ => (null, version),
            };
            if (scheme is null)
            {
                continue;
            }

            var ordering = new Ordering(scheme);
            if (!ordering.TryParse(installed, out var installedKey))
            {
                continue;
            }

            var (affectedHere, fix) = InRange(range, installedKey, ordering);
            if (affectedHere)
            {
                inRange = true;
                fixedIn = Smaller(fixedIn, fix, scheme);
            }
        }

        if (listed && fixedIn is null)
        {
            fixedIn = SmallestFixAbove(affected, version, ecosystemScheme);
        }

        return new Result(listed || inRange, fixedIn);
    }

    private static (bool Affected, string? FixedIn) InRange(OsvRange range, object version, Ordering ordering)
    {
        var strip = range.Type == OsvRangeType.Semver;
        var events = new List<RangeEvent>(range.Events.Count);
        foreach (var e in range.Events)
        {
            var v = strip ? StripV(e.Version) : e.Version;
            // "0" is the lowest possible version in every ecosystem; other unparseable events are ignored, as
            // the reference implementation does, rather than failing the whole record.
            if (ordering.TryParse(v, out var key))
            {
                events.Add(new RangeEvent(e, v == "0", key));
            }
            else if (e.Kind == OsvEventKind.Introduced && v == "0")
            {
                events.Add(new RangeEvent(e, true, null));
            }
        }

        events.Sort((a, b) => a.Lowest ? (b.Lowest ? 0 : -1) : b.Lowest ? 1 : ordering.Compare(a.Key!, b.Key!));

        var affected = false;
        foreach (var e in events)
        {
            switch (e.Event.Kind)
            {
                case OsvEventKind.Introduced when e.Lowest || ordering.Compare(version, e.Key!) >= 0:
                    affected = true;
                    break;
                case OsvEventKind.Fixed when ordering.Compare(version, e.Key!) >= 0:
                    affected = false;
                    break;
                case OsvEventKind.LastAffected when ordering.Compare(version, e.Key!) > 0:
                    affected = false;
                    break;
            }
        }

        if (affected)
        {
            var limited = false;
            var allLimitsBelow = true;
            foreach (var e in events)
            {
                if (e.Event.Kind == OsvEventKind.Limit)
                {
                    limited = true;
                    allLimitsBelow &= ordering.Compare(version, e.Key!) >= 0;
                }
            }

            affected = !(limited && allLimitsBelow);
        }

        if (!affected)
        {
            return (false, null);
        }

        foreach (var e in events)
        {
            if (e.Event.Kind == OsvEventKind.Fixed && ordering.Compare(e.Key!, version) > 0)
            {
                return (true, e.Event.Version);
            }
        }

        return (true, null);
    }

    private static string? SmallestFixAbove(OsvAffected affected, string version, IVersionScheme scheme)
    {
        if (!scheme.IsValid(version, out _))
        {
            return null;
        }

        return affected.Ranges.Where(r => r.Type == OsvRangeType.Ecosystem)
            .SelectMany(r => r.Events)
            .Where(e => e.Kind == OsvEventKind.Fixed && scheme.IsValid(e.Version, out _) && scheme.Compare(e.Version, version) > 0)
            .Select(e => e.Version)
            .Order(scheme)
            .FirstOrDefault();
    }

    private static string? Smaller(string? current, string? candidate, IVersionScheme scheme)
    {
        if (candidate is null)
        {
            return current;
        }

        if (current is null)
        {
            return candidate;
        }

        return scheme.TryCompare(StripV(candidate), StripV(current), out var order, out _) && order < 0 ? candidate : current;
    }

    /// <summary>An event with its version parsed once (no key only for an unparseable introduced "0").</summary>
    private readonly record struct RangeEvent(OsvEvent Event, bool Lowest, object? Key);

    /// <summary>Parses and compares through the scheme's parsed versions when it offers them, else through strings.</summary>
    private readonly struct Ordering(IVersionScheme scheme)
    {
        private readonly IParsedVersionOrdering? _parsed = scheme as IParsedVersionOrdering;

        public bool TryParse(string version, [NotNullWhen(true)] out object? key)
        {
            if (_parsed is not null)
            {
                return _parsed.TryParse(version, out key);
            }

            key = version;
            return scheme.IsValid(version, out _);
        }

        public int Compare(object a, object b) => _parsed?.CompareParsed(a, b) ?? scheme.Compare((string)a, (string)b);
    }

    // OSV's SEMVER events carry no "v"; Go module versions in SBOMs do.
    private static string StripV(string version) =>
        version.Length > 1 && version[0] is 'v' or 'V' && char.IsAsciiDigit(version[1]) ? version[1..] : version;
}
