using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace OpenCityAomori.Modules.Search.Indexing;

/// <summary>
/// What a result shows (title, URL, dates, status and the text for snippets), kept per document as one
/// Brotli-compressed doc value: reading ten of them for a result page is a bulk copy and a native
/// decompression each, several times cheaper than Lucene's stored fields (which decompress a whole chunk
/// through a byte-by-byte reader).
/// </summary>
internal sealed record HitRecord(
    string Id,
    string Type,
    string Culture,
    string Title,
    string Url,
    string Status,
    bool HasPublished,
    DateTime? PublishedUtc,
    DateTime ModifiedUtc,
    string Date,
    long VersionId,
    string Text)
{
    /// <summary>Lucene's limit for one binary doc value is 32,766 bytes; very long texts are cut to fit.</summary>
    private const int MaxEncodedBytes = 32_000;

    public byte[] Encode()
    {
        var text = Text;
        while (true)
        {
            var encoded = Compress(Serialize(this with { Text = text }));
            if (encoded.Length <= MaxEncodedBytes || text.Length == 0)
            {
                return encoded;
            }

            text = text[..(text.Length * 3 / 4)];
        }
    }

    public static HitRecord Decode(ReadOnlySpan<byte> encoded)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(encoded);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (!BrotliDecoder.TryDecompress(encoded[4..], buffer, out var written) || written != length)
            {
                throw new InvalidDataException("A search document's stored record is damaged; rebuild the index.");
            }

            var reader = new Reader(buffer.AsSpan(0, length));
            return new HitRecord(
                reader.String(),
                reader.String(),
                reader.String(),
                reader.String(),
                reader.String(),
                reader.String(),
                reader.Int64() == 1,
                reader.Int64() is var published and >= 0 ? new DateTime(published, DateTimeKind.Utc) : null,
                new DateTime(reader.Int64(), DateTimeKind.Utc),
                reader.String(),
                reader.Int64(),
                reader.String());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Fields in order: strings as length and UTF-8 bytes, numbers as 8 bytes (little-endian).</summary>
    private static byte[] Serialize(HitRecord record)
    {
        var output = new ArrayBufferWriter<byte>((record.Text.Length * 3) + 512);
        foreach (var value in new object[]
        {
            record.Id, record.Type, record.Culture, record.Title, record.Url, record.Status, record.HasPublished ? 1L : 0L,
            record.PublishedUtc?.Ticks ?? -1L, record.ModifiedUtc.Ticks, record.Date, record.VersionId, record.Text,
        })
        {
            if (value is string text)
            {
                var bytes = Encoding.UTF8.GetByteCount(text);
                BinaryPrimitives.WriteInt32LittleEndian(output.GetSpan(4), bytes);
                output.Advance(4);
                output.Advance(Encoding.UTF8.GetBytes(text, output.GetSpan(bytes)));
            }
            else
            {
                BinaryPrimitives.WriteInt64LittleEndian(output.GetSpan(8), (long)value);
                output.Advance(8);
            }
        }

        return output.WrittenSpan.ToArray();
    }

    private static byte[] Compress(byte[] raw)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length) + 4];
        BinaryPrimitives.WriteInt32LittleEndian(output, raw.Length);
        if (!BrotliEncoder.TryCompress(raw, output.AsSpan(4), out var written, quality: 5, window: 16))
        {
            throw new InvalidOperationException("Brotli could not compress a search record.");
        }

        return output[..(written + 4)];
    }

    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _at;

        public string String()
        {
            var length = BinaryPrimitives.ReadInt32LittleEndian(_data[_at..]);
            var value = Encoding.UTF8.GetString(_data.Slice(_at + 4, length));
            _at += 4 + length;
            return value;
        }

        public long Int64()
        {
            var value = BinaryPrimitives.ReadInt64LittleEndian(_data[_at..]);
            _at += 8;
            return value;
        }
    }
}
