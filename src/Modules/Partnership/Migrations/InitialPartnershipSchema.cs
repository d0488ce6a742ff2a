using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Modules.Partnership.Data;

namespace OpenCityAomori.Modules.Partnership.Migrations;

/// <summary>Agreements, one per accepted partnership proposal.</summary>
[DbContext(typeof(PartnershipDbContext))]
[Migration("202612080300_InitialPartnershipSchema")]
internal sealed class InitialPartnershipSchema : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("Partnership_Agreements", t => new
        {
            Id = t.Column<long>(nullable: false).AutoIncrement(),
            ProposalId = t.Column<long>(nullable: false),
            ReceiptNumber = t.Column<string>(maxLength: 40, nullable: false),
            Title = t.Column<string>(maxLength: 200, nullable: false),
            PartnersJson = t.Column<string>(nullable: false),
            DepartmentCode = t.Column<string>(maxLength: 64, nullable: true),
            Status = t.Column<int>(nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Partnership_Agreements", x => x.Id));
        mb.CreateIndex("IX_Partnership_Agreements_ProposalId", "Partnership_Agreements", "ProposalId", unique: true);
    }

    protected override void Down(MigrationBuilder mb) => mb.DropTable("Partnership_Agreements");
}
