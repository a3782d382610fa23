namespace CodeAssure.Catalog;

/// <summary>Thrown when catalogue data is malformed or inconsistent; lists every problem found, not just the first.</summary>
public sealed class CatalogValidationException : Exception
{
    /// <summary>Creates the exception for a non-empty list of problems.</summary>
    public CatalogValidationException(string source, IReadOnlyList<string> problems)
        : base($"catalogue '{source}' is invalid: {string.Join("; ", problems)}")
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>Creates the exception for a single problem.</summary>
    public CatalogValidationException(string message)
        : this("catalogue", [message])
    {
    }

    /// <summary>Creates the exception for a single problem caused by another exception.</summary>
    public CatalogValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Source = "catalogue";
        Problems = [message];
    }

    /// <summary>Creates an exception with no detail; prefer the other constructors.</summary>
    public CatalogValidationException()
        : this("catalogue data is invalid")
    {
    }

    /// <summary>Every problem found, each naming the item it concerns.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Where the data came from (resource or file name).</summary>
    public new string Source { get; }
}
