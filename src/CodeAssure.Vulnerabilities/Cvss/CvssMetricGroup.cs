namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>The group a CVSS metric belongs to; decides which scores a vector carries.</summary>
internal enum CvssMetricGroup
{
    /// <summary>Intrinsic characteristics; every base metric is mandatory.</summary>
    Base,

    /// <summary>Temporal (v2.0, v3.x) or threat (v4.0) metrics.</summary>
    Temporal,

    /// <summary>Requirements and modified base metrics of the consumer's environment.</summary>
    Environmental,

    /// <summary>v4.0 supplemental metrics: extra information that never changes the score.</summary>
    Supplemental,
}
