namespace CodeAssure.Data.Entities;

/// <summary>What a support notice announces.</summary>
public enum SupportNoticeKind
{
    /// <summary>The end of support of a version or version line.</summary>
    EndOfSupport = 0,

    /// <summary>A change of support level (e.g. full support becomes security fixes only).</summary>
    LevelChange = 1,
}
