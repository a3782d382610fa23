namespace CodeAssure.Checks.Support;

/// <summary>One version (or version line) of a support-lifecycle.json file.</summary>
/// <param name="Version">The version or line, e.g. "2.3" or "2.x".</param>
/// <param name="Released">When it was released, if it has been.</param>
/// <param name="EndOfSupport">Its last day of support, once announced.</param>
/// <param name="Announced">When the end of support was announced, when recorded.</param>
/// <param name="Line">The 1-based line of the entry in the file.</param>
public sealed record SupportedVersion(string Version, DateOnly? Released, DateOnly? EndOfSupport, DateOnly? Announced, int Line);
