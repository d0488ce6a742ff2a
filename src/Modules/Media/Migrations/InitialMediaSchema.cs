using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.Media.Data;

namespace OpenCityAomori.Modules.Media.Migrations;

/// <summary>Metadata and bytes in separate tables; byte[] becomes BLOB on SQLite and bytea on PostgreSQL.</summary>
[DbContext(typeof(MediaDbContext))]
[Migration("202612010100_InitialMediaSchema")]
internal sealed class InitialMediaSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Media_Assets", t => new
        {
            Id = t.Column<string>(maxLength: 32, nullable: false),
            FileName = t.Column<string>(maxLength: 200, nullable: false),
            ContentType = t.Column<string>(maxLength: 100, nullable: false),
            Length = t.Column<long>(nullable: false),
            Sha256 = t.Column<string>(maxLength: 64, nullable: false),
            AltJa = t.Column<string>(maxLength: 1000, nullable: false),
            AltEn = t.Column<string>(maxLength: 1000, nullable: false),
            UploadedById = t.Column<string>(maxLength: 100, nullable: true),
            UploadedByName = t.Column<string>(maxLength: 200, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ModifiedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Media_Assets", x => x.Id));
        mb.CreateIndex("IX_Media_Assets_CreatedUtc", "Media_Assets", "CreatedUtc");

        mb.CreateTable("Media_Blobs", t => new
        {
            MediaFileId = t.Column<string>(maxLength: 32, nullable: false),
            Data = t.Column<byte[]>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Media_Blobs", x => x.MediaFileId);
            t.ForeignKey("FK_Media_Blobs_Media_Assets_MediaFileId", x => x.MediaFileId, "Media_Assets", "Id", onDelete: ReferentialAction.Cascade);
        });
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Media_Blobs");
        mb.DropTable("Media_Assets");
    }
}
