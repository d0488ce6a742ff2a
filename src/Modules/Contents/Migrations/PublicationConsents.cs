using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.Modules.Contents.Migrations;

/// <summary>Items that need a partner's consent before publication, and the consents recorded per version.</summary>
[DbContext(typeof(ContentsDbContext))]
[Migration("202612170200_PublicationConsents")]
internal sealed class PublicationConsents : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<bool>("RequiresPublicationConsent", "Contents_Items", nullable: false, defaultValue: false);
        mb.CreateTable("Contents_PublicationConsents", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ContentItemId = t.Column<string>(maxLength: 100, nullable: false),
            Version = t.Column<int>(nullable: false),
            GivenBy = t.Column<string>(maxLength: 200, nullable: false),
            GivenOn = t.Column<DateOnly>(nullable: false),
            RecordedBy = t.Column<string>(maxLength: 256, nullable: false),
            RecordedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_Contents_PublicationConsents", x => x.Id);
            t.ForeignKey("FK_Contents_PublicationConsents_Contents_Items_ContentItemId", x => x.ContentItemId, "Contents_Items", "ContentItemId", onDelete: ReferentialAction.Cascade);
        });
        mb.CreateIndex("IX_Contents_PublicationConsents_ContentItemId_Version", "Contents_PublicationConsents", ["ContentItemId", "Version"]);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("Contents_PublicationConsents");
        mb.DropColumn("RequiresPublicationConsent", "Contents_Items");
    }
}
