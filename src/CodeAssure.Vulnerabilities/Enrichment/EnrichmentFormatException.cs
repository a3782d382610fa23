namespace CodeAssure.Vulnerabilities.Enrichment;

/// <summary>A KEV catalogue or EPSS file that cannot be read; the message names the source and the place.</summary>
public sealed class EnrichmentFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EnrichmentFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public EnrichmentFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no detail; prefer the other constructors.</summary>
    public EnrichmentFormatException()
    {
    }
}
