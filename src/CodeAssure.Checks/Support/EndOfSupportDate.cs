namespace CodeAssure.Checks.Support;

/// <summary>An announced end of support: for which version (when said), the date, when it was announced (when known) and where it is written.</summary>
/// <param name="Version">The version or product line, when the source names one.</param>
/// <param name="EndOfSupport">The last day of support.</param>
/// <param name="Announced">When the date was announced, when the source says.</param>
/// <param name="Path">The file, relative to the scanned folder.</param>
/// <param name="Line">The 1-based line.</param>
internal sealed record EndOfSupportDate(string? Version, DateOnly EndOfSupport, DateOnly? Announced, string Path, int Line);
