using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Media.Data;
using OpenCityAomori.Modules.Media.Models;
using static OpenCityAomori.Core.Localization.Cultures;

namespace OpenCityAomori.Modules.Media.Services;

/// <summary>Checks and stores uploads, edits alt text and deletes files; errors are keyed by form field.</summary>
internal sealed class MediaStore(MediaDbContext db, IOptions<MediaOptions> options, TimeProvider clock, IOutputCacheStore? publicCache = null)
{
    public const int MaxAltLength = 1000;

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>Stores the file and its bytes in one transaction, or nothing when any check fails.</summary>
    public async Task<(MediaFile? File, Dictionary<string, string> Errors)> UploadAsync(
        MediaUploadForm form, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var (bytes, type) = await ReadAsync(form.File, errors, cancellationToken);
        CheckAlt(form.AltJa, form.AltEn, type?.IsImage ?? false, errors);
        if (errors.Count > 0 || bytes is null || type is null)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var file = new MediaFile
        {
            Id = Guid.NewGuid().ToString("N"),
            FileName = FileNameSanitizer.Sanitize(form.File!.FileName, MediaFileType.ExtensionOf(form.File.FileName)),
            ContentType = type.ContentType,
            Length = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            AltJa = form.AltJa?.Trim() ?? string.Empty,
            AltEn = form.AltEn?.Trim() ?? string.Empty,
            UploadedById = user.FindFirstValue(ClaimTypes.NameIdentifier),
            UploadedByName = user.FindFirstValue(OcaClaimTypes.DisplayName) ?? user.Identity?.Name ?? string.Empty,
            CreatedUtc = now,
            ModifiedUtc = now,
        };
        db.Files.Add(file);
        db.Blobs.Add(new MediaBlob { MediaFileId = file.Id, Data = bytes });
        await db.SaveChangesAsync(cancellationToken);
        return (file, errors);
    }

    public async Task<Dictionary<string, string>> UpdateAltAsync(MediaFile file, MediaAltForm form, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        CheckAlt(form.AltJa, form.AltEn, MediaFileType.FromContentType(file.ContentType)?.IsImage ?? false, errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        file.AltJa = form.AltJa?.Trim() ?? string.Empty;
        file.AltEn = form.AltEn?.Trim() ?? string.Empty;
        file.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await EvictPublicPagesAsync(cancellationToken);
        return errors;
    }

    /// <summary>Removes the metadata and the bytes together; the bytes are deleted without being loaded.</summary>
    public async Task DeleteAsync(MediaFile file, CancellationToken cancellationToken)
    {
        db.Files.Remove(file);
        db.Blobs.Remove(new MediaBlob { MediaFileId = file.Id, Data = [] });
        await db.SaveChangesAsync(cancellationToken);
        await EvictPublicPagesAsync(cancellationToken);
    }

    /// <summary>Cached public pages show the alt text and link the file: they must not outlive a change.</summary>
    private async Task EvictPublicPagesAsync(CancellationToken cancellationToken)
    {
        if (publicCache is not null)
        {
            await publicCache.EvictByTagAsync(PublicCache.Tag, cancellationToken);
        }
    }

    private async Task<(byte[]? Bytes, MediaFileType? Type)> ReadAsync(
        Microsoft.AspNetCore.Http.IFormFile? upload, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        const string field = "Form.File";
        if (upload is null || upload.Length == 0)
        {
            errors[field] = T("ファイルを選んでください。", "Choose a file.");
            return (null, null);
        }

        if (upload.Length > MaxBytes)
        {
            errors[field] = TooLarge(MaxBytes);
            return (null, null);
        }

        using var buffer = new MemoryStream((int)upload.Length);
        await using (var stream = upload.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        var bytes = buffer.ToArray();
        var type = MediaFileType.Detect(bytes);
        var extension = MediaFileType.ExtensionOf(upload.FileName);
        if (bytes.Length > MaxBytes)
        {
            errors[field] = TooLarge(MaxBytes);
        }
        else if (type is null)
        {
            errors[field] = T(
                "アップロードできるのは PNG・JPEG・GIF・WebP の画像と PDF だけです（ファイルの中身で判定しています）。",
                "Only PNG, JPEG, GIF and WebP images and PDF files can be uploaded (the file's content is checked).");
        }
        else if (!type.Extensions.Contains(extension))
        {
            errors[field] = extension.Length == 0
                ? T($"ファイル名に拡張子がありません。中身は {type.Label} です（.{type.Extensions[0]}）。", $"The file name has no extension. The file is a {type.Label} (.{type.Extensions[0]}).")
                : T($"ファイル名の拡張子（.{extension}）が中身（{type.Label}）と一致しません。", $"The file name's extension (.{extension}) does not match its content ({type.Label}).");
        }

        return errors.ContainsKey(field) ? (null, type) : (bytes, type);
    }

    private static void CheckAlt(string? altJa, string? altEn, bool isImage, Dictionary<string, string> errors)
    {
        if (isImage && string.IsNullOrWhiteSpace(altJa))
        {
            errors["Form.AltJa"] = T(
                "画像には代替テキスト（日本語）が必要です。画像の内容を短く説明してください。",
                "Images need alternative text in Japanese: briefly describe what the image shows.");
        }
        else if (altJa?.Length > MaxAltLength)
        {
            errors["Form.AltJa"] = T($"代替テキストは{MaxAltLength}文字以内にしてください。", $"Keep the alternative text within {MaxAltLength} characters.");
        }

        if (altEn?.Length > MaxAltLength)
        {
            errors["Form.AltEn"] = T($"代替テキストは{MaxAltLength}文字以内にしてください。", $"Keep the alternative text within {MaxAltLength} characters.");
        }
    }

    public static string TooLarge(long maxBytes) => T(
        $"ファイルが大きすぎます。{MediaUrls.Size(maxBytes)}以下のファイルにしてください。",
        $"The file is too large. The limit is {MediaUrls.Size(maxBytes)}.");
}
