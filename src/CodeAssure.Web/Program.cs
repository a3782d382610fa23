using CodeAssure.Web;

// `dotnet run --project src/CodeAssure.Web [--urls URL] [--data DIR] [--database CONNECTION]`: the same server as
// `codeassure serve`.
var options = ServerCommandLine.Parse(args, Environment.GetEnvironmentVariable);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
try
{
    await CodeAssureServer.RunAsync(options, stop.Token).ConfigureAwait(false);
}
catch (OperationCanceledException)
{
}
