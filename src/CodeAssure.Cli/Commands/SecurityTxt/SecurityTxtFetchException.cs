namespace CodeAssure.Cli.Commands.SecurityTxt;

/// <summary>A security.txt could not be retrieved (network, timeout, HTTP status, unsafe redirect); exit code 3.</summary>
internal sealed class SecurityTxtFetchException : Exception
{
    public SecurityTxtFetchException(string message)
        : base(message)
    {
    }

    public SecurityTxtFetchException()
    {
    }

    public SecurityTxtFetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
