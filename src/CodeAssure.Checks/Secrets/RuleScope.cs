namespace CodeAssure.Checks.Secrets;

/// <summary>How much text around a keyword a rule's pattern is run on.</summary>
internal enum RuleScope
{
    /// <summary>The line holding the keyword.</summary>
    Line,

    /// <summary>From the keyword's line onwards, far enough for a multi-line block such as a PEM key.</summary>
    Block,

    /// <summary>The whole file: the keyword is context (e.g. "twilio") rather than part of the secret.</summary>
    File,
}
