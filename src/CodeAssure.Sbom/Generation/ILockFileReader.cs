namespace CodeAssure.Sbom.Generation;

/// <summary>Reads one kind of lock file or manifest. Throws <see cref="LockFileException"/> on malformed input.</summary>
internal interface ILockFileReader
{
    /// <summary>Whether this reader handles a file of this name.</summary>
    bool Handles(string fileName);

    /// <summary>Reads the file's packages into <paramref name="contents"/>.</summary>
    void Read(LockFileSource source, LockFileContents contents);
}
