using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace OpenCityAomori.Modules.Search.Indexing;

/// <summary>
/// Lucene's default codec with stored fields compressed in 4 KB chunks instead of 16 KB: a result page
/// reads ten documents, and each read decompresses its chunk up to the document, so smaller chunks make
/// the page noticeably faster for a slightly larger index.
/// </summary>
[CodecName(CodecName)]
internal sealed class SearchCodec : FilterCodec
{
    public const string CodecName = "OcaSearch46";
    private static readonly Lock Gate = new();
    private static bool _registered;
    private readonly StoredFieldsFormat _storedFields = new CompressingStoredFieldsFormat("OcaSearchStoredFields", CompressionMode.FAST, 4096);

    public SearchCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    /// <summary>Makes the codec known to Lucene (by name, to read segments written with it); once per process.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(SearchCodec)] });
                _registered = true;
            }
        }
    }
}
