namespace CodeAssure.Vulnerabilities.Index;

/// <summary>
/// An exclusive lock on an index, held as an open lock file (<c>osv.idx.lock</c>) so that two imports never
/// interleave; readers do not take it, because the index file is only ever replaced whole.
/// </summary>
public sealed class OsvIndexLock : IDisposable
{
    private readonly FileStream _stream;

    private OsvIndexLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock for the index at <paramref name="indexPath"/>, waiting up to <paramref name="timeout"/>.</summary>
    /// <exception cref="IOException">Another import holds the lock for longer than the timeout.</exception>
    public static async Task<OsvIndexLock> AcquireAsync(string indexPath, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indexPath);
        ArgumentNullException.ThrowIfNull(time);
        var lockPath = Path.GetFullPath(indexPath) + ".lock";
        Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            try
            {
                return new OsvIndexLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (time.GetUtcNow() < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new IOException($"another import is updating {indexPath} (lock file {lockPath}); try again when it has finished", e);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();
}
