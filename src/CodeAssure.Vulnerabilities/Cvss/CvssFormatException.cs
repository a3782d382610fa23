namespace CodeAssure.Vulnerabilities.Cvss;

/// <summary>A CVSS vector string that is not valid for its version; the message says what is wrong and which metric.</summary>
public sealed class CvssFormatException : FormatException
{
    /// <summary>Creates the exception for a vector-level problem (empty, bad prefix, too long).</summary>
    public CvssFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception for a problem with one metric, whose abbreviation is kept in <see cref="Metric"/>.</summary>
    public CvssFormatException(string message, string? metric)
        : base(message)
    {
        Metric = metric;
    }

    /// <summary>Creates the exception (for serialisation frameworks and analyzers).</summary>
    public CvssFormatException()
    {
    }

    /// <summary>Creates the exception wrapping another.</summary>
    public CvssFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The abbreviation of the offending metric (e.g. <c>AV</c>), or null when the problem is not one metric's.</summary>
    public string? Metric { get; }
}
