using Microsoft.AspNetCore.Http;
using OpenCityAomori.Core.Files;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Partnership.Data;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>An agreement's documents: checked by their bytes (Core FileSignature: the extension must be what the bytes are), size and name.</summary>
internal sealed class AgreementDocuments(PartnershipDbContext db, TimeProvider clock)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Extensions = ["pdf", "docx", "xlsx", "pptx", "png", "jpg", "jpeg"];

    /// <summary>Stores the file; returns the refusal in the user's language, or null.</summary>
    public async Task<string?> AddAsync(Agreement agreement, IFormFile? file, string uploadedBy, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 })
        {
            return Cultures.T("アップロードするファイルを選んでください。", "Choose a file to upload.");
        }

        if (file.Length > MaxBytes)
        {
            return Cultures.T($"ファイルは{MaxBytes / 1024 / 1024}MB以下にしてください。", $"Files may be at most {MaxBytes / 1024 / 1024} MB.");
        }

        var extension = FileSignature.ExtensionOf(file.FileName);
        var allowed = Cultures.T($"受け付けるファイルの形式：{string.Join("、", Extensions)}", $"Accepted file types: {string.Join(", ", Extensions)}");
        if (!Extensions.Contains(extension))
        {
            return Cultures.T("この形式のファイルは受け付けていません。", "This type of file is not accepted.") + " " + allowed;
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (!FileSignature.Matches(extension, bytes))
        {
            return Cultures.T($"ファイルの中身が拡張子（.{extension}）と一致しません。", $"The file's content does not match its extension (.{extension}).");
        }

        db.Documents.Add(new AgreementDocument
        {
            AgreementId = agreement.Id, FileName = FileSignature.SafeName(file.FileName, extension), ContentType = FileSignature.ContentTypes[extension],
            Length = bytes.Length, Data = bytes, UploadedBy = uploadedBy, UploadedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
