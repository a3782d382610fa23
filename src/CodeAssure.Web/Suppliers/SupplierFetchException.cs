namespace CodeAssure.Web.Suppliers;

/// <summary>A supplier's portal could not be read: the message is one line a user can act on, naming the address.</summary>
internal sealed class SupplierFetchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SupplierFetchException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public SupplierFetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SupplierFetchException()
    {
    }

    /// <summary>The HTTP status answered, when the server answered with something other than 200.</summary>
    public int? StatusCode { get; init; }
}
