namespace CodeAssure.Cli.Commands.Attest;

/// <summary>A URL could not be fetched (unreachable, refused, too slow, too large, or not 200); the message says which.</summary>
internal sealed class RemoteFetchException : Exception
{
    public RemoteFetchException(string message)
        : base(message)
    {
    }

    public RemoteFetchException()
    {
    }

    public RemoteFetchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
