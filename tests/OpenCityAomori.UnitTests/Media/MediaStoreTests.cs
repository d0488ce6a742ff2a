using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Security;
using OpenCityAomori.Modules.Media.Data;
using OpenCityAomori.Modules.Media.Models;
using OpenCityAomori.Modules.Media.Services;
using OpenCityAomori.UnitTests.TestSupport;

namespace OpenCityAomori.UnitTests.Media;

public sealed class MediaStoreTests : IDisposable
{
    private static readonly ClaimsPrincipal Editor = new(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, "u1"), new(ClaimTypes.Name, "editor@example.jp"), new(OcaClaimTypes.DisplayName, "編集 花子")], "test"));

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly MediaDbContext _db;

    public MediaStoreTests()
    {
        _connection.Open();
        _db = new MediaDbContext(new DbContextOptionsBuilder<MediaDbContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
    }

    [Fact]
    public async Task A_png_with_alt_text_is_stored_with_its_bytes_hash_and_a_safe_name()
    {
        var (file, errors) = await Store().UploadAsync(Form(MediaSamples.Png, "../写真 1.png", "青森駅前", browserType: "text/plain"), Editor, default);

        Assert.Empty(errors);
        Assert.NotNull(file);
        Assert.Equal("写真-1.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(MediaSamples.Png.Length, file.Length);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(MediaSamples.Png)), file.Sha256);
        Assert.Equal("編集 花子", file.UploadedByName);
        Assert.Equal(MediaSamples.Png, (await _db.Blobs.SingleAsync()).Data);
        Assert.Matches("^[0-9a-f]{32}$", file.Id);
    }

    [Fact]
    public async Task A_pdf_needs_no_alt_text()
    {
        var (file, errors) = await Store().UploadAsync(Form(MediaSamples.Pdf, "募集要項.pdf", altJa: null), Editor, default);

        Assert.Empty(errors);
        Assert.Equal("application/pdf", file!.ContentType);
    }

    [Theory]
    [InlineData(nameof(MediaSamples.Text), "photo.png", "Form.File")]
    [InlineData(nameof(MediaSamples.Png), "report.pdf", "Form.File")]
    [InlineData(nameof(MediaSamples.Png), "noextension", "Form.File")]
    [InlineData(nameof(MediaSamples.Svg), "logo.svg", "Form.File")]
    [InlineData(nameof(MediaSamples.Html), "page.png", "Form.File")]
    [InlineData(nameof(MediaSamples.Png), "photo.png", "Form.AltJa")]
    public async Task A_refused_upload_names_the_field_and_stores_nothing(string sample, string name, string field)
    {
        var bytes = (byte[])typeof(MediaSamples).GetProperty(sample)!.GetValue(null)!;

        var (file, errors) = await Store().UploadAsync(Form(bytes, name, field == "Form.AltJa" ? " " : "説明"), Editor, default);

        Assert.Null(file);
        Assert.Equal([field], errors.Keys);
        Assert.Equal(0, await _db.Files.CountAsync());
        Assert.Equal(0, await _db.Blobs.CountAsync());
    }

    [Fact]
    public async Task A_file_over_the_configured_limit_is_refused()
    {
        var (file, errors) = await Store(maxBytes: MediaSamples.Png.Length - 1).UploadAsync(Form(MediaSamples.Png, "a.png", "説明"), Editor, default);

        Assert.Null(file);
        Assert.Contains("大きすぎます", errors["Form.File"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_follow_the_users_language()
    {
        using var english = UiCulture.Use("en");

        var (_, errors) = await Store().UploadAsync(Form(MediaSamples.Png, "report.pdf", ""), Editor, default);

        Assert.Equal("The file name's extension (.pdf) does not match its content (PNG).", errors["Form.File"]);
        Assert.StartsWith("Images need alternative text", errors["Form.AltJa"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alt_text_of_an_image_cannot_be_emptied_and_deleting_removes_the_bytes_too()
    {
        var store = Store();
        var (file, _) = await store.UploadAsync(Form(MediaSamples.Gif, "anim.gif", "アニメ"), Editor, default);

        var errors = await store.UpdateAltAsync(file!, new MediaAltForm { AltJa = "", AltEn = "x" }, default);
        Assert.Equal(["Form.AltJa"], errors.Keys);
        errors = await store.UpdateAltAsync(file!, new MediaAltForm { AltJa = "ねぶた", AltEn = "Nebuta" }, default);
        Assert.Empty(errors);

        _db.ChangeTracker.Clear();
        await store.DeleteAsync(await _db.Files.SingleAsync(), default);
        Assert.Equal(0, await _db.Files.CountAsync());
        Assert.Equal(0, await _db.Blobs.CountAsync());
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private MediaStore Store(long maxBytes = 1024 * 1024) =>
        new(_db, Options.Create(new MediaOptions { MaxBytes = maxBytes }), TimeProvider.System);

    private static MediaUploadForm Form(byte[] bytes, string fileName, string? altJa, string browserType = "image/png") => new()
    {
        File = new FormFile(new MemoryStream(bytes), 0, bytes.Length, "Form.File", fileName) { Headers = new HeaderDictionary(), ContentType = browserType },
        AltJa = altJa,
    };
}
