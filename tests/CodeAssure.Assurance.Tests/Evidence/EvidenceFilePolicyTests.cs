using System.Security.Cryptography;
using System.Text;
using CodeAssure.Assurance.Evidence;

namespace CodeAssure.Assurance.Tests.Evidence;

public class EvidenceFilePolicyTests
{
    private static readonly EvidenceFilePolicy Policy = new();

    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "policy.pdf", [.. "%PDF-1.7\n%âãÏÓ\n"u8], "application/pdf" },
        { "diagram.PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image/png" },
        { "photo.jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10], "image/jpeg" },
        { "photo.jpg", [0xFF, 0xD8, 0xFF, 0xE1, 0, 0x10], "image/jpeg" },
        { "notes.txt", [.. "Meeting notes\r\n\tOwner: Ada — ✓\n"u8], "text/plain" },
        { "README.md", [0xEF, 0xBB, 0xBF, .. "# Threat model\n"u8], "text/markdown" },
        { "access-review.csv", [.. "user,role\nada,admin\n"u8], "text/csv" },
        { "sbom.json", [.. "  {\"bomFormat\":\"CycloneDX\"}"u8], "application/json" },
        { "results.xml", [.. "<?xml version=\"1.0\"?><testsuites/>"u8], "application/xml" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Accepts_allowed_types_whose_content_matches(string name, byte[] content, string mediaType)
    {
        using var destination = new MemoryStream();

        var accepted = await Policy.AcceptAsync(name, new MemoryStream(content), destination);

        Assert.Equal(mediaType, accepted.MediaType);
        Assert.Equal(content.Length, accepted.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), accepted.Sha256);
        Assert.Equal(content, destination.ToArray());
        Assert.Equal(accepted.Sha256, accepted.ToEvidenceItem("e1").Sha256);
    }

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "policy.pdf", [.. "MZ\u0090\0binary"u8], "is not an application/pdf file" },
        { "image.png", [.. "%PDF-1.7"u8], "is not an image/png file" },
        { "notes.txt", [0x00, 0x01, 0x02, 0x03], "is not a text/plain file" },
        { "notes.txt", [0xC3, 0x28, 0x41], "is not a text/plain file" },
        { "data.json", [.. "hello"u8], "is not an application/json file" },
        { "data.xml", [.. "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"u8], "is not an application/xml file" },
        { "evidence.zip", [0x50, 0x4B, 0x03, 0x04], "'.zip' are not accepted" },
        { "setup.exe", [.. "MZ"u8], "'.exe' are not accepted" },
        { "noextension", [.. "x"u8], "'(none)' are not accepted" },
        { "../etc/passwd.txt", [.. "x"u8], "not a path" },
        { "dir\\file.txt", [.. "x"u8], "not a path" },
        { "C:file.txt", [.. "x"u8], "not a path" },
        { "bad\u0000name.txt", [.. "x"u8], "control characters" },
        { "report\u202Efdp.txt", [.. "x"u8], "direction" },
        { ".htaccess.txt", [.. "x"u8], "dot" },
        { "CON.txt", [.. "x"u8], "reserved device name" },
        { "", [.. "x"u8], "is empty" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Refuses_wrong_content_types_and_path_like_names(string name, byte[] content, string expected)
    {
        var error = await Assert.ThrowsAsync<EvidenceFileRejectedException>(() => Policy.AcceptAsync(name, new MemoryStream(content), null));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_an_oversized_file_without_reading_it_to_the_end()
    {
        var policy = new EvidenceFilePolicy(1024 * 1024);
        using var endless = new EndlessStream("%PDF-1.7 "u8.ToArray());

        var error = await Assert.ThrowsAsync<EvidenceFileRejectedException>(() => policy.AcceptAsync("big.pdf", endless, Stream.Null));

        Assert.Contains("larger than the limit of 1 MB", error.Message, StringComparison.Ordinal);
        Assert.InRange(endless.BytesRead, 1024 * 1024, (1024 * 1024) + (160 * 1024));
    }

    [Fact]
    public void Default_limit_is_25_megabytes()
    {
        Assert.Equal(25L * 1024 * 1024, Policy.MaxBytes);
        Assert.Throws<EvidenceFileRejectedException>(() => Policy.Accept("a.pdf", new FileDigest(Policy.MaxBytes + 1, new string('0', 64), "%PDF-"u8.ToArray())));
    }

    [Fact]
    public async Task Streaming_digest_matches_a_whole_file_hash_for_a_multi_chunk_file()
    {
        var content = new byte[(300 * 1024) + 17];
        new Random(42).NextBytes(content);
        using var copy = new MemoryStream();

        var digest = await StreamingDigest.ComputeAsync(new MemoryStream(content), copy, content.Length);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), digest.Sha256);
        Assert.Equal(content.Length, digest.Size);
        Assert.Equal(content.AsSpan(0, StreamingDigest.HeadLength).ToArray(), digest.Head.ToArray());
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task A_text_file_whose_head_ends_inside_a_multibyte_character_is_still_text()
    {
        var text = Encoding.UTF8.GetBytes(new string('a', StreamingDigest.HeadLength - 1) + "é and more text after the head");

        var accepted = await Policy.AcceptAsync("notes.txt", new MemoryStream(text), null);

        Assert.Equal("text/plain", accepted.MediaType);
    }

    private sealed class EndlessStream(byte[] prefix) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = BytesRead + i < prefix.Length ? prefix[BytesRead + i] : (byte)'x';
            }

            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
