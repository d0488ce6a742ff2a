using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Modules.Contents.Data;

namespace OpenCityAomori.Modules.Contents.Migrations;

[DbContext(typeof(ContentsDbContext))]
[Migration("202611280400_InitialContentsSchema")]
internal sealed class InitialContentsSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Contents_Pages", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Slug = t.Column<string>(maxLength: 200, nullable: false),
            Culture = t.Column<string>(maxLength: 10, nullable: false),
            Title = t.Column<string>(maxLength: 300, nullable: false),
            Summary = t.Column<string>(maxLength: 500, nullable: false),
            BodyMarkdown = t.Column<string>(nullable: false),
            BodyHtml = t.Column<string>(nullable: false),
            IsPublished = t.Column<bool>(nullable: false),
            MenuOrder = t.Column<int>(nullable: true),
            OwnerId = t.Column<string>(maxLength: 100, nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ModifiedUtc = t.Column<DateTime>(nullable: false),
            PublishedUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Contents_Pages", x => x.Id));
        mb.CreateIndex("IX_Contents_Pages_Slug_Culture", "Contents_Pages", ["Slug", "Culture"], unique: true);
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("Contents_Pages");
}
