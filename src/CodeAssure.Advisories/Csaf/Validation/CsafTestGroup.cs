namespace CodeAssure.Advisories.Csaf.Validation;

/// <summary>The three kinds of CSAF 2.0 tests (section 6).</summary>
public enum CsafTestGroup
{
    /// <summary>6.1: a failure makes the document invalid.</summary>
    Mandatory,

    /// <summary>6.2: a failure is a warning.</summary>
    Optional,

    /// <summary>6.3: a failure is information.</summary>
    Informative,
}
