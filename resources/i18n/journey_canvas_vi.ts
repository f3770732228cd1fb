<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&amp;Copy Version Details</source>
        <translation>&amp;Sao chép thông tin phiên bản</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Giới thiệu %1</translation>
    </message>
    <message>
        <source>An offline editor for customer journey maps and service blueprints: stages, lanes and sticky notes, with PDF, SVG and CSV export.</source>
        <translation>Trình soạn bản đồ hành trình khách hàng và bản thiết kế dịch vụ, dùng không cần mạng: giai đoạn, làn và ghi chú dán, xuất ra PDF, SVG và CSV.</translation>
    </message>
    <message>
        <source>Board and interface font: %1 (%2), under the SIL Open Font License 1.1.</source>
        <translation>Phông chữ của bảng và giao diện: %1 (%2), theo Giấy phép Phông chữ Mở SIL 1.1.</translation>
    </message>
    <message>
        <source>Free software under the %1 licence.</source>
        <translation>Phần mềm tự do theo giấy phép %1.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About Journey Canvas</source>
        <translation>&amp;Giới thiệu Journey Canvas</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Kích thước thật (100 %)</translation>
    </message>
    <message>
        <source>&amp;Audience Window</source>
        <translation>Cửa sổ &amp;khán giả</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đóng cửa &amp;sổ</translation>
    </message>
    <message>
        <source>&amp;Connector</source>
        <translation>&amp;Mũi tên nối</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Edit Note Text</source>
        <translation>Sửa &amp;văn bản ghi chú</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Tì&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>Hướng &amp;dẫn</translation>
    </message>
    <message>
        <source>&amp;Hide Selected Notes</source>
        <translation>Ẩ&amp;n các ghi chú đã chọn</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Nhập CSV…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;Lane…</source>
        <translation>&amp;Làn…</translation>
    </message>
    <message>
        <source>&amp;Map Properties…</source>
        <translation>Thuộ&amp;c tính bản đồ…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Mới…</translation>
    </message>
    <message>
        <source>&amp;Next Stage</source>
        <translation>&amp;Giai đoạn tiếp</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Ghi chú</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Mở &amp;tệp…</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Phase…</source>
        <translation>&amp;Chặng…</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Trình chiếu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Remove Client Logo</source>
        <translation>Gỡ logo &amp;khách hàng</translation>
    </message>
    <message>
        <source>&amp;Reveal Everything</source>
        <translation>&amp;Hiện tất cả</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Stage…</source>
        <translation>Giai đ&amp;oạn…</translation>
    </message>
    <message>
        <source>&amp;Whole Map</source>
        <translation>Toàn &amp;bộ bản đồ</translation>
    </message>
    <message>
        <source>About this program</source>
        <translation>Thông tin về chương trình này</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Add a lane below the current one</source>
        <translation>Thêm một làn bên dưới làn hiện tại</translation>
    </message>
    <message>
        <source>Add a note to the current cell</source>
        <translation>Thêm một ghi chú vào ô hiện tại</translation>
    </message>
    <message>
        <source>Add a stage after the current one</source>
        <translation>Thêm một giai đoạn sau giai đoạn hiện tại</translation>
    </message>
    <message>
        <source>Choose the client&apos;s logo for the report cover</source>
        <translation>Chọn logo của khách hàng cho trang bìa báo cáo</translation>
    </message>
    <message>
        <source>Client L&amp;ogo…</source>
        <translation>Logo khác&amp;h hàng…</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Đóng mọi cửa sổ và thoát</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Đóng cửa sổ này</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Nối</translation>
    </message>
    <message>
        <source>Copy the selected notes (as notes and as text)</source>
        <translation>Sao chép các ghi chú đã chọn (dưới dạng ghi chú và văn bản)</translation>
    </message>
    <message>
        <source>Copy the selected notes next to themselves</source>
        <translation>Tạo bản sao của các ghi chú đã chọn ngay cạnh chúng</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>Cut the selected notes</source>
        <translation>Cắt các ghi chú đã chọn</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Nhân bản</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Xóa làn</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Xóa giai đoạn</translation>
    </message>
    <message>
        <source>Delete the current lane with its notes</source>
        <translation>Xóa làn hiện tại cùng các ghi chú của nó</translation>
    </message>
    <message>
        <source>Delete the current stage with its notes</source>
        <translation>Xóa giai đoạn hiện tại cùng các ghi chú của nó</translation>
    </message>
    <message>
        <source>Delete the selected notes</source>
        <translation>Xóa các ghi chú đã chọn</translation>
    </message>
    <message>
        <source>Draw an arrow from one note to another</source>
        <translation>Vẽ mũi tên từ một ghi chú tới ghi chú khác</translation>
    </message>
    <message>
        <source>Edit the text of the selected note in place</source>
        <translation>Sửa văn bản của ghi chú đã chọn ngay trên bảng</translation>
    </message>
    <message>
        <source>Export the map as PDF, PNG, SVG or CSV</source>
        <translation>Xuất bản đồ ra PDF, PNG, SVG hoặc CSV</translation>
    </message>
    <message>
        <source>Find and filter notes by text, tag, kind or persona</source>
        <translation>Tìm và lọc ghi chú theo nội dung, thẻ, loại hoặc chân dung</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa khung</translation>
    </message>
    <message>
        <source>Freeze &amp;Headers</source>
        <translation>&amp;Ghim tiêu đề</translation>
    </message>
    <message>
        <source>Group the current stage (or the selected notes&apos; stages) into a phase</source>
        <translation>Gộp giai đoạn hiện tại (hoặc các giai đoạn chứa ghi chú đã chọn) thành một chặng</translation>
    </message>
    <message>
        <source>Hide &amp;All Notes</source>
        <translation>Ẩn tất &amp;cả ghi chú</translation>
    </message>
    <message>
        <source>Hide Current &amp;Lane</source>
        <translation>Ẩn &amp;làn hiện tại</translation>
    </message>
    <message>
        <source>Hide every note from the audience (silent brainstorming)</source>
        <translation>Ẩn mọi ghi chú khỏi khán giả (động não trong im lặng)</translation>
    </message>
    <message>
        <source>Hide every note of the current lane from the audience, new notes too (again: reveal it)</source>
        <translation>Ẩn khỏi khán giả mọi ghi chú của làn hiện tại, cả ghi chú mới (chọn lần nữa: hiện lại)</translation>
    </message>
    <message>
        <source>Hide the selected notes from the audience until revealed (again: reveal them)</source>
        <translation>Ẩn các ghi chú đã chọn khỏi khán giả cho đến khi hiện (chọn lần nữa: hiện lại)</translation>
    </message>
    <message>
        <source>Interface language and high-contrast display</source>
        <translation>Ngôn ngữ giao diện và chế độ tương phản cao</translation>
    </message>
    <message>
        <source>Keep the stage and lane titles in view while scrolling the board</source>
        <translation>Giữ tên giai đoạn và tên làn luôn trong tầm nhìn khi cuộn bảng</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Liệt kê các phím tắt</translation>
    </message>
    <message>
        <source>Make a new map from a CSV file of notes</source>
        <translation>Tạo bản đồ mới từ một tệp CSV chứa ghi chú</translation>
    </message>
    <message>
        <source>Move Lane Down</source>
        <translation>Chuyển làn xuống</translation>
    </message>
    <message>
        <source>Move Lane Up</source>
        <translation>Chuyển làn lên</translation>
    </message>
    <message>
        <source>Move Notes Down</source>
        <translation>Chuyển ghi chú xuống</translation>
    </message>
    <message>
        <source>Move Notes Left</source>
        <translation>Chuyển ghi chú sang trái</translation>
    </message>
    <message>
        <source>Move Notes Right</source>
        <translation>Chuyển ghi chú sang phải</translation>
    </message>
    <message>
        <source>Move Notes Up</source>
        <translation>Chuyển ghi chú lên</translation>
    </message>
    <message>
        <source>Move Stage Left</source>
        <translation>Chuyển giai đoạn sang trái</translation>
    </message>
    <message>
        <source>Move Stage Right</source>
        <translation>Chuyển giai đoạn sang phải</translation>
    </message>
    <message>
        <source>Move the current lane one place down</source>
        <translation>Chuyển làn hiện tại xuống một vị trí</translation>
    </message>
    <message>
        <source>Move the current lane one place up</source>
        <translation>Chuyển làn hiện tại lên một vị trí</translation>
    </message>
    <message>
        <source>Move the current stage one place to the left</source>
        <translation>Chuyển giai đoạn hiện tại sang trái một vị trí</translation>
    </message>
    <message>
        <source>Move the current stage one place to the right</source>
        <translation>Chuyển giai đoạn hiện tại sang phải một vị trí</translation>
    </message>
    <message>
        <source>Move the keyboard to the next panel (the board, then each panel shown)</source>
        <translation>Chuyển bàn phím sang khung kế tiếp (bảng, rồi từng khung đang hiện)</translation>
    </message>
    <message>
        <source>Move the keyboard to the previous panel</source>
        <translation>Chuyển bàn phím về khung trước</translation>
    </message>
    <message>
        <source>Move the selected notes down in their cell, then into the lane below</source>
        <translation>Chuyển các ghi chú đã chọn xuống trong ô, rồi sang làn bên dưới</translation>
    </message>
    <message>
        <source>Move the selected notes into the same lane of the stage on the left</source>
        <translation>Chuyển các ghi chú đã chọn sang cùng làn của giai đoạn bên trái</translation>
    </message>
    <message>
        <source>Move the selected notes into the same lane of the stage on the right</source>
        <translation>Chuyển các ghi chú đã chọn sang cùng làn của giai đoạn bên phải</translation>
    </message>
    <message>
        <source>Move the selected notes up in their cell, then into the lane above</source>
        <translation>Chuyển các ghi chú đã chọn lên trong ô, rồi sang làn bên trên</translation>
    </message>
    <message>
        <source>Ne&amp;xt Panel</source>
        <translation>Khu&amp;ng kế tiếp</translation>
    </message>
    <message>
        <source>Next &amp;Lane</source>
        <translation>&amp;Làn tiếp</translation>
    </message>
    <message>
        <source>Open a map file</source>
        <translation>Mở một tệp bản đồ</translation>
    </message>
    <message>
        <source>Open the clean board for the room: full screen on a second screen, or a window on this one</source>
        <translation>Mở bảng sạch cho cả phòng: toàn màn hình trên màn hình thứ hai, hoặc một cửa sổ trên màn hình này</translation>
    </message>
    <message>
        <source>P&amp;revious Stage</source>
        <translation>Giai đoạn t&amp;rước</translation>
    </message>
    <message>
        <source>Paste notes or lines of text into the current cell</source>
        <translation>Dán ghi chú hoặc các dòng văn bản vào ô hiện tại</translation>
    </message>
    <message>
        <source>Pre&amp;vious Lane</source>
        <translation>Là&amp;n trước</translation>
    </message>
    <message>
        <source>Pre&amp;vious Panel</source>
        <translation>Khung &amp;liền trước</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Tù&amp;y chọn…</translation>
    </message>
    <message>
        <source>Presentation: show the next lane of the current stage</source>
        <translation>Trình chiếu: hiện làn tiếp theo của giai đoạn hiện tại</translation>
    </message>
    <message>
        <source>Presentation: show the next stage</source>
        <translation>Trình chiếu: hiện giai đoạn tiếp theo</translation>
    </message>
    <message>
        <source>Presentation: show the previous lane of the current stage</source>
        <translation>Trình chiếu: hiện làn trước của giai đoạn hiện tại</translation>
    </message>
    <message>
        <source>Presentation: show the previous stage</source>
        <translation>Trình chiếu: hiện giai đoạn trước</translation>
    </message>
    <message>
        <source>Presentation: show the whole map</source>
        <translation>Trình chiếu: hiện toàn bộ bản đồ</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Xem t&amp;rước khi in…</translation>
    </message>
    <message>
        <source>Print the board, fitted to the page or tiled</source>
        <translation>In bảng, vừa một trang hoặc ghép nhiều tờ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>Làm lại thay đổi vừa hoàn tác</translation>
    </message>
    <message>
        <source>Rename &amp;Lane…</source>
        <translation>Đổi tên &amp;làn…</translation>
    </message>
    <message>
        <source>Rename &amp;Stage…</source>
        <translation>Đổi tên &amp;giai đoạn…</translation>
    </message>
    <message>
        <source>Rename the current lane</source>
        <translation>Đổi tên làn hiện tại</translation>
    </message>
    <message>
        <source>Rename the current stage</source>
        <translation>Đổi tên giai đoạn hiện tại</translation>
    </message>
    <message>
        <source>S&amp;tart Screen</source>
        <translation>Màn hình &amp;bắt đầu</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lưu t&amp;hành…</translation>
    </message>
    <message>
        <source>Save the map</source>
        <translation>Lưu bản đồ</translation>
    </message>
    <message>
        <source>Save the map to a new file</source>
        <translation>Lưu bản đồ vào một tệp mới</translation>
    </message>
    <message>
        <source>See the printed pages before printing</source>
        <translation>Xem các trang sẽ in trước khi in</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>Select every note</source>
        <translation>Chọn mọi ghi chú</translation>
    </message>
    <message>
        <source>Show every note and lane to the audience</source>
        <translation>Hiện mọi ghi chú và mọi làn cho khán giả</translation>
    </message>
    <message>
        <source>Show the board full screen for the room, stage by stage (Escape leaves)</source>
        <translation>Chiếu bảng toàn màn hình cho cả phòng, từng giai đoạn một (Escape để thoát)</translation>
    </message>
    <message>
        <source>Show the current stage</source>
        <translation>Hiện giai đoạn hiện tại</translation>
    </message>
    <message>
        <source>Show the selected notes</source>
        <translation>Hiện các ghi chú đã chọn</translation>
    </message>
    <message>
        <source>Show the start screen: recent maps, templates and samples</source>
        <translation>Hiện màn hình bắt đầu: bản đồ gần đây, mẫu và bản đồ ví dụ</translation>
    </message>
    <message>
        <source>Show the whole board</source>
        <translation>Hiện toàn bộ bảng</translation>
    </message>
    <message>
        <source>Start a new map from a template</source>
        <translation>Tạo bản đồ mới từ một mẫu</translation>
    </message>
    <message>
        <source>Take the client&apos;s logo off the report cover</source>
        <translation>Bỏ logo của khách hàng khỏi trang bìa báo cáo</translation>
    </message>
    <message>
        <source>The eight steps of the method and what the map still lacks</source>
        <translation>Tám bước của phương pháp và những gì bản đồ còn thiếu</translation>
    </message>
    <message>
        <source>The map&apos;s title, description, board type, map language and client logo</source>
        <translation>Tiêu đề, mô tả, loại bản đồ, ngôn ngữ bản đồ và logo khách hàng</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Hoàn tác thay đổi gần nhất</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Vừa cửa sổ</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Xem vùng &amp;chọn</translation>
    </message>
    <message>
        <source>Zoom to 100 %</source>
        <translation>Xem ở 100 %</translation>
    </message>
    <message>
        <source>Zoom to Current S&amp;tage</source>
        <translation>Xem giai đoạn &amp;hiện tại</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Audience view</source>
        <translation>Khung nhìn của khán giả</translation>
    </message>
    <message>
        <source>Audience window</source>
        <translation>Cửa sổ khán giả</translation>
    </message>
    <message>
        <source>Journey Canvas — audience</source>
        <translation>Journey Canvas — khán giả</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <source>Unsaved changes could not be copied to the recovery folder %1 (%2).</source>
        <translation>Không sao chép được các thay đổi chưa lưu vào thư mục khôi phục %1 (%2).</translation>
    </message>
</context>
<context>
    <name>BoardAccessibility</name>
    <message>
        <source>%1 %2 notes in this cell, none selected.</source>
        <translation>%1 Ô này có %2 ghi chú, chưa chọn ghi chú nào.</translation>
    </message>
    <message>
        <source>%1 Empty cell.</source>
        <translation>%1 Ô trống.</translation>
    </message>
    <message>
        <source>%1 Hidden from the audience.</source>
        <translation>%1 Đang ẩn khỏi khán giả.</translation>
    </message>
    <message>
        <source>%1 Note %2 of %3, %4: %5</source>
        <translation>%1 Ghi chú %2 trên %3, loại %4: %5</translation>
    </message>
    <message>
        <source>%1 One note in this cell, not selected.</source>
        <translation>%1 Ô này có một ghi chú, chưa được chọn.</translation>
    </message>
    <message>
        <source>(%1 notes selected)</source>
        <translation>(đã chọn %1 ghi chú)</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(chưa có nội dung)</translation>
    </message>
    <message>
        <source>Empty board: add a stage and a lane first.</source>
        <translation>Bảng trống: hãy thêm một giai đoạn và một làn trước.</translation>
    </message>
    <message>
        <source>Journey board</source>
        <translation>Bảng hành trình</translation>
    </message>
    <message>
        <source>Stage %1 of %2, %3. Lane %4 of %5, %6.</source>
        <translation>Giai đoạn %1 trên %2, %3. Làn %4 trên %5, %6.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>chưa đặt tên</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Add Lane Above</source>
        <translation>Thêm làn phía trên</translation>
    </message>
    <message>
        <source>Add Lane Below</source>
        <translation>Thêm làn phía dưới</translation>
    </message>
    <message>
        <source>Add Note Here</source>
        <translation>Thêm ghi chú tại đây</translation>
    </message>
    <message>
        <source>Add Phase Over Selected Stages</source>
        <translation>Thêm chặng cho các giai đoạn đã chọn</translation>
    </message>
    <message>
        <source>Add Stage After</source>
        <translation>Thêm giai đoạn phía sau</translation>
    </message>
    <message>
        <source>Add Stage Before</source>
        <translation>Thêm giai đoạn phía trước</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete Arrows of Selected Notes</source>
        <translation>Xóa mũi tên của các ghi chú đã chọn</translation>
    </message>
    <message>
        <source>Delete Lane</source>
        <translation>Xóa làn</translation>
    </message>
    <message>
        <source>Delete Stage</source>
        <translation>Xóa giai đoạn</translation>
    </message>
    <message>
        <source>Draw Arrows Between Notes</source>
        <translation>Vẽ mũi tên giữa các ghi chú</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Sửa nội dung</translation>
    </message>
    <message>
        <source>Hide Lane from the Audience</source>
        <translation>Ẩn làn khỏi khán giả</translation>
    </message>
    <message>
        <source>Hide from the Audience</source>
        <translation>Ẩn khỏi khán giả</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Làn mới</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Chặng mới</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Giai đoạn mới</translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation>Bỏ chặng</translation>
    </message>
    <message>
        <source>Rename Lane</source>
        <translation>Đổi tên làn</translation>
    </message>
    <message>
        <source>Rename Phase</source>
        <translation>Đổi tên chặng</translation>
    </message>
    <message>
        <source>Rename Stage</source>
        <translation>Đổi tên giai đoạn</translation>
    </message>
    <message>
        <source>Reveal Lane to the Audience</source>
        <translation>Hiện làn cho khán giả</translation>
    </message>
    <message>
        <source>Reveal to the Audience</source>
        <translation>Hiện cho khán giả</translation>
    </message>
    <message>
        <source>Zoom to Stage</source>
        <translation>Xem cả giai đoạn</translation>
    </message>
</context>
<context>
    <name>ClientLogo</name>
    <message>
        <source>Cannot use this logo</source>
        <translation>Không dùng được logo này</translation>
    </message>
    <message>
        <source>Choose the Client&apos;s Logo</source>
        <translation>Chọn logo của khách hàng</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <source>&apos;{value}&apos; is not a whole number from 0 to {high} (thousands separators are allowed, decimals are not)</source>
        <translation>&apos;{value}&apos; không phải là số nguyên từ 0 đến {high} (được dùng dấu phân cách hàng nghìn, không được có phần thập phân)</translation>
    </message>
    <message>
        <source>&apos;{value}…&apos; is longer than {limit} characters</source>
        <translation>&apos;{value}…&apos; dài hơn {limit} ký tự</translation>
    </message>
    <message>
        <source>Extra inputs are not permitted</source>
        <translation>Không được có mục này</translation>
    </message>
    <message>
        <source>Field required</source>
        <translation>Thiếu mục bắt buộc</translation>
    </message>
    <message>
        <source>Input should be None</source>
        <translation>Giá trị phải để trống (null)</translation>
    </message>
    <message>
        <source>Input should be a finite number</source>
        <translation>Giá trị phải là một số hữu hạn</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>Giá trị phải là true hoặc false</translation>
    </message>
    <message>
        <source>Input should be a valid boolean, unable to interpret input</source>
        <translation>Giá trị phải là true hoặc false, không hiểu được giá trị đã cho</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation>Giá trị phải là một đối tượng JSON</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary or instance of {class_name}</source>
        <translation>Giá trị phải là một đối tượng JSON hoặc một {class_name}</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary or object to extract fields from</source>
        <translation>Giá trị phải là một đối tượng JSON hoặc một đối tượng có các trường cần đọc</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>Giá trị phải là một số nguyên</translation>
    </message>
    <message>
        <source>Input should be a valid integer, got a number with a fractional part</source>
        <translation>Giá trị phải là một số nguyên, nhưng số này có phần thập phân</translation>
    </message>
    <message>
        <source>Input should be a valid integer, unable to parse string as an integer</source>
        <translation>Giá trị phải là một số nguyên, không đọc được chuỗi này thành số nguyên</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>Giá trị phải là một danh sách</translation>
    </message>
    <message>
        <source>Input should be a valid number</source>
        <translation>Giá trị phải là một số</translation>
    </message>
    <message>
        <source>Input should be a valid number, unable to parse string as a number</source>
        <translation>Giá trị phải là một số, không đọc được chuỗi này thành số</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>Giá trị phải là một chuỗi văn bản</translation>
    </message>
    <message>
        <source>Input should be a valid string, unable to parse raw data as a unicode string</source>
        <translation>Giá trị phải là một chuỗi văn bản, không đọc được dữ liệu thô thành chuỗi Unicode</translation>
    </message>
    <message>
        <source>Input should be a valid tuple</source>
        <translation>Giá trị phải là một danh sách (mảng JSON)</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>Giá trị phải lớn hơn hoặc bằng {ge}</translation>
    </message>
    <message>
        <source>Input should be greater than {gt}</source>
        <translation>Giá trị phải lớn hơn {gt}</translation>
    </message>
    <message>
        <source>Input should be iterable</source>
        <translation>Giá trị phải là một danh sách hoặc một dãy</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>Giá trị phải nhỏ hơn hoặc bằng {le}</translation>
    </message>
    <message>
        <source>Input should be less than {lt}</source>
        <translation>Giá trị phải nhỏ hơn {lt}</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation>Giá trị phải là {expected}</translation>
    </message>
    <message>
        <source>List should have at least {min_length} items after validation, not {actual_length}</source>
        <translation>Danh sách phải có ít nhất {min_length} mục, không phải {actual_length} mục</translation>
    </message>
    <message>
        <source>List should have at most {max_length} items after validation, not {actual_length}</source>
        <translation>Danh sách chỉ được có tối đa {max_length} mục, không phải {actual_length} mục</translation>
    </message>
    <message>
        <source>Recursion error - cyclic reference detected</source>
        <translation>Lỗi đệ quy: phát hiện tham chiếu vòng</translation>
    </message>
    <message>
        <source>String should have at least 1 character</source>
        <translation>Chuỗi phải có ít nhất 1 ký tự</translation>
    </message>
    <message>
        <source>String should have at least {min_length} characters</source>
        <translation>Chuỗi phải có ít nhất {min_length} ký tự</translation>
    </message>
    <message>
        <source>String should have at most 1 character</source>
        <translation>Chuỗi chỉ được có tối đa 1 ký tự</translation>
    </message>
    <message>
        <source>String should have at most {max_length} characters</source>
        <translation>Chuỗi chỉ được có tối đa {max_length} ký tự</translation>
    </message>
    <message>
        <source>String should match pattern &apos;{pattern}&apos;</source>
        <translation>Chuỗi phải khớp với mẫu &apos;{pattern}&apos;</translation>
    </message>
    <message>
        <source>Tuple should have at least {min_length} items after validation, not {actual_length}</source>
        <translation>Danh sách phải có ít nhất {min_length} mục, không phải {actual_length} mục</translation>
    </message>
    <message>
        <source>Tuple should have at most {max_length} items after validation, not {actual_length}</source>
        <translation>Danh sách chỉ được có tối đa {max_length} mục, không phải {actual_length} mục</translation>
    </message>
    <message>
        <source>Unable to parse input string as an integer, exceeded maximum size</source>
        <translation>Không đọc được chuỗi thành số nguyên: số quá lớn</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>một tài liệu PDF</translation>
    </message>
    <message>
        <source>a broken \u escape</source>
        <translation>một chuỗi thoát \u bị hỏng</translation>
    </message>
    <message>
        <source>a broken backslash escape</source>
        <translation>một chuỗi thoát bằng dấu gạch ngược bị hỏng</translation>
    </message>
    <message>
        <source>a cell is longer than {limit} characters (is a quote left open?)</source>
        <translation>một ô dài hơn {limit} ký tự (có dấu ngoặc kép nào chưa đóng không?)</translation>
    </message>
    <message>
        <source>a colon was expected</source>
        <translation>thiếu một dấu hai chấm</translation>
    </message>
    <message>
        <source>a comma was expected</source>
        <translation>thiếu một dấu phẩy</translation>
    </message>
    <message>
        <source>a connector must join two different notes</source>
        <translation>mũi tên nối phải nối hai ghi chú khác nhau</translation>
    </message>
    <message>
        <source>a control character inside a text</source>
        <translation>có ký tự điều khiển trong một chuỗi văn bản</translation>
    </message>
    <message>
        <source>a map may hold at most {limit} connectors</source>
        <translation>một bản đồ chỉ được có tối đa {limit} mũi tên nối</translation>
    </message>
    <message>
        <source>a map may hold at most {limit} dismissals</source>
        <translation>một bản đồ chỉ được bỏ qua tối đa {limit} kiểm tra</translation>
    </message>
    <message>
        <source>a map may hold at most {limit} lanes</source>
        <translation>một bản đồ chỉ được có tối đa {limit} làn</translation>
    </message>
    <message>
        <source>a map may hold at most {limit} notes</source>
        <translation>một bản đồ chỉ được có tối đa {limit} ghi chú</translation>
    </message>
    <message>
        <source>a map may hold at most {limit} personas</source>
        <translation>một bản đồ chỉ được có tối đa {limit} chân dung</translation>
    </message>
    <message>
        <source>a map may hold at most {limit} phases</source>
        <translation>một bản đồ chỉ được có tối đa {limit} chặng</translation>
    </message>
    <message>
        <source>a map may hold at most {limit} stages</source>
        <translation>một bản đồ chỉ được có tối đa {limit} giai đoạn</translation>
    </message>
    <message>
        <source>a map may hold at most {limit} {what}</source>
        <translation>một bản đồ chỉ được có tối đa {limit} {what}</translation>
    </message>
    <message>
        <source>a member name in double quotes was expected</source>
        <translation>thiếu một tên thành phần trong dấu ngoặc kép</translation>
    </message>
    <message>
        <source>a note holds at most {limit} votes</source>
        <translation>một ghi chú có tối đa {limit} phiếu</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>a number is far too long</source>
        <translation>có một số quá dài</translation>
    </message>
    <message>
        <source>a phase needs at least one stage</source>
        <translation>một chặng cần ít nhất một giai đoạn</translation>
    </message>
    <message>
        <source>a quoted cell is never closed (a &quot; is missing)</source>
        <translation>một ô mở dấu ngoặc kép nhưng không đóng lại (thiếu một dấu &quot;)</translation>
    </message>
    <message>
        <source>a stage added here cannot join that phase: its stages must stay together</source>
        <translation>giai đoạn thêm ở đây không thể thuộc chặng đó: các giai đoạn của một chặng phải nằm liền nhau</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>một chuỗi văn bản</translation>
    </message>
    <message>
        <source>a text in quotes is never closed</source>
        <translation>một chuỗi mở dấu ngoặc kép nhưng không đóng lại</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>thiếu một giá trị</translation>
    </message>
    <message>
        <source>a voting session needs at least one participant</source>
        <translation>phiên bỏ phiếu cần ít nhất một người tham gia</translation>
    </message>
    <message>
        <source>an Excel workbook (.xlsx) or another zip file</source>
        <translation>một sổ tính Excel (.xlsx) hoặc một tệp zip khác</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>một mảng</translation>
    </message>
    <message>
        <source>an old Excel workbook (.xls)</source>
        <translation>một sổ tính Excel đời cũ (.xls)</translation>
    </message>
    <message>
        <source>cannot be read as CSV ({reason})</source>
        <translation>không đọc được dưới dạng CSV ({reason})</translation>
    </message>
    <message>
        <source>cannot export the selection: {reason}</source>
        <translation>không xuất được phần đã chọn: {reason}</translation>
    </message>
    <message>
        <source>cannot write the PDF to &apos;{file}&apos;: {reason}</source>
        <translation>không ghi được tệp PDF vào &apos;{file}&apos;: {reason}</translation>
    </message>
    <message>
        <source>cannot write the PNG to &apos;{file}&apos;: {reason}</source>
        <translation>không ghi được tệp PNG vào &apos;{file}&apos;: {reason}</translation>
    </message>
    <message>
        <source>cannot write the SVG to &apos;{file}&apos;: {reason}</source>
        <translation>không ghi được tệp SVG vào &apos;{file}&apos;: {reason}</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>differs from row {row:d} of the same stage; give a stage&apos;s value once (or the same)</source>
        <translation>khác với hàng {row:d} của cùng giai đoạn; mỗi giai đoạn chỉ ghi giá trị một lần (hoặc ghi giống nhau)</translation>
    </message>
    <message>
        <source>give one new id per note to duplicate</source>
        <translation>cần đúng một mã mới cho mỗi ghi chú được nhân bản</translation>
    </message>
    <message>
        <source>greater than 10^12</source>
        <translation>lớn hơn 10^12</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>lane index {index:d} is outside 0..{size:d}</source>
        <translation>chỉ số làn {index:d} nằm ngoài khoảng 0..{size:d}</translation>
    </message>
    <message>
        <source>line {line:d} has no KPI name before the first &apos;|&apos;</source>
        <translation>dòng {line:d} không có tên KPI trước dấu &apos;|&apos; đầu tiên</translation>
    </message>
    <message>
        <source>line {line:d} has {parts} parts; write &apos;name | target | actual&apos; (one KPI per line)</source>
        <translation>dòng {line:d} có {parts} phần; hãy viết &apos;tên | mục tiêu | thực tế&apos; (mỗi dòng một KPI)</translation>
    </message>
    <message>
        <source>line {line:d}: &apos;{value}…&apos; is longer than {limit} characters</source>
        <translation>dòng {line:d}: &apos;{value}…&apos; dài hơn {limit} ký tự</translation>
    </message>
    <message>
        <source>map: &apos;{field}&apos; cannot be changed here</source>
        <translation>bản đồ: không thể đổi &apos;{field}&apos; ở đây</translation>
    </message>
    <message>
        <source>more data after the end</source>
        <translation>còn dữ liệu sau phần kết thúc</translation>
    </message>
    <message>
        <source>more than {limit} lanes</source>
        <translation>nhiều hơn {limit} làn</translation>
    </message>
    <message>
        <source>more than {limit} personas</source>
        <translation>nhiều hơn {limit} chân dung</translation>
    </message>
    <message>
        <source>more than {limit} stages</source>
        <translation>nhiều hơn {limit} giai đoạn</translation>
    </message>
    <message>
        <source>no dot-voting session is running</source>
        <translation>không có phiên bỏ phiếu bằng chấm nào đang diễn ra</translation>
    </message>
    <message>
        <source>none of the selected notes is in the map</source>
        <translation>không ghi chú nào đã chọn có trong bản đồ</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder</source>
        <translation>một phần của đường dẫn là tệp, không phải thư mục</translation>
    </message>
    <message>
        <source>persona: unknown field &apos;{field}&apos;</source>
        <translation>chân dung: không có trường &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>save it as &quot;CSV UTF-8&quot; and import that</source>
        <translation>hãy lưu tệp dưới dạng &quot;CSV UTF-8&quot; rồi nhập tệp đó</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>stage index {index:d} is outside 0..{size:d}</source>
        <translation>chỉ số giai đoạn {index:d} nằm ngoài khoảng 0..{size:d}</translation>
    </message>
    <message>
        <source>stage: unknown field &apos;{field}&apos;</source>
        <translation>giai đoạn: không có trường &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>dấu tab</translation>
    </message>
    <message>
        <source>text follows the closing quote of a quoted cell; write a quote inside a quoted cell as two quotes (&quot;&quot;)</source>
        <translation>có chữ ngay sau dấu ngoặc kép đóng của một ô; muốn có dấu ngoặc kép bên trong ô thì hãy viết hai dấu (&quot;&quot;)</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>không mã hóa được ảnh PNG</translation>
    </message>
    <message>
        <source>the cell is empty; every note needs a lane</source>
        <translation>ô này trống; mỗi ghi chú cần có một làn</translation>
    </message>
    <message>
        <source>the cell is empty; every note needs a stage</source>
        <translation>ô này trống; mỗi ghi chú cần có một giai đoạn</translation>
    </message>
    <message>
        <source>the check &apos;{check}&apos; is not dismissed for &apos;{target}&apos;</source>
        <translation>kiểm tra &apos;{check}&apos; chưa được bỏ qua cho &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>the disk is full or does not accept a file this large</source>
        <translation>ổ đĩa đã đầy hoặc không nhận tệp lớn như vậy</translation>
    </message>
    <message>
        <source>the drive did not respond (a network drive that went away?)</source>
        <translation>ổ đĩa không phản hồi (ổ mạng đã bị ngắt kết nối?)</translation>
    </message>
    <message>
        <source>the file is locked by another program</source>
        <translation>tệp đang bị một chương trình khác khóa</translation>
    </message>
    <message>
        <source>the file is locked by another program (tried {count} times)</source>
        <translation>tệp đang bị một chương trình khác khóa (đã thử {count} lần)</translation>
    </message>
    <message>
        <source>the folder does not exist (a removed drive or a moved folder?)</source>
        <translation>thư mục không tồn tại (ổ đĩa đã bị rút ra hay thư mục đã bị chuyển đi?)</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>thư mục chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>the folder is read-only or you are not allowed to write there</source>
        <translation>thư mục chỉ cho phép đọc hoặc bạn không có quyền ghi vào đó</translation>
    </message>
    <message>
        <source>the id &apos;{id}&apos; is already used in this map</source>
        <translation>mã &apos;{id}&apos; đã được dùng trong bản đồ này</translation>
    </message>
    <message>
        <source>the image would be {width} × {height} pixels ({megapixels:.0f} megapixels), more than the {limit:.0f} megapixels and {side} pixels a side a PNG export may have; use a scale of at most {largest:g} ({largest_dpi:.0f} dpi)</source>
        <translation>ảnh sẽ có {width} × {height} điểm ảnh ({megapixels:.0f} megapixel), vượt quá {limit:.0f} megapixel và {side} điểm ảnh mỗi cạnh mà ảnh PNG xuất ra được phép có; hãy dùng tỉ lệ tối đa {largest:g} ({largest_dpi:.0f} dpi)</translation>
    </message>
    <message>
        <source>the name is not allowed here</source>
        <translation>tên này không được phép ở đây</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>tên quá dài</translation>
    </message>
    <message>
        <source>the name is {length} characters, longer than {limit}</source>
        <translation>tên dài {length} ký tự, vượt quá {limit} ký tự</translation>
    </message>
    <message>
        <source>the photo declares {width} × {height} pixels, more than the {limit:g} megapixels a persona photo may have</source>
        <translation>ảnh khai báo kích thước {width} × {height} điểm ảnh, vượt quá {limit:g} megapixel mà ảnh chân dung được phép có</translation>
    </message>
    <message>
        <source>the photo declares {width} × {height} pixels; a side may be at most {limit} pixels</source>
        <translation>ảnh khai báo kích thước {width} × {height} điểm ảnh; mỗi cạnh chỉ được tối đa {limit} điểm ảnh</translation>
    </message>
    <message>
        <source>the photo is {size:.1f} MB, more than the {limit} MB a persona photo may be</source>
        <translation>ảnh nặng {size:.1f} MB, vượt quá {limit} MB mà ảnh chân dung được phép có</translation>
    </message>
    <message>
        <source>the recovered copy of {name}</source>
        <translation>bản khôi phục của {name}</translation>
    </message>
    <message>
        <source>the same new id is given twice</source>
        <translation>cùng một mã mới được đưa ra hai lần</translation>
    </message>
    <message>
        <source>the scale must be between {low:g} and {high:g} ({low_dpi:g} to {high_dpi:g} dpi); {scale:g} was asked</source>
        <translation>tỉ lệ phải nằm trong khoảng {low:g} đến {high:g} ({low_dpi:g} đến {high_dpi:g} dpi); tỉ lệ được yêu cầu là {scale:g}</translation>
    </message>
    <message>
        <source>the stages of a phase must be side by side</source>
        <translation>các giai đoạn của một chặng phải nằm cạnh nhau</translation>
    </message>
    <message>
        <source>the tag {value} is longer than {limit} characters</source>
        <translation>thẻ {value} dài hơn {limit} ký tự</translation>
    </message>
    <message>
        <source>the text is {length} characters, longer than the {limit} a note may hold</source>
        <translation>nội dung dài {length} ký tự, vượt quá {limit} ký tự mà một ghi chú được phép chứa</translation>
    </message>
    <message>
        <source>the text is {length} characters, longer than {limit}</source>
        <translation>nội dung dài {length} ký tự, vượt quá {limit} ký tự</translation>
    </message>
    <message>
        <source>the title is {length} characters, longer than {limit}</source>
        <translation>tiêu đề dài {length} ký tự, vượt quá {limit} ký tự</translation>
    </message>
    <message>
        <source>there is a folder with that name</source>
        <translation>đã có một thư mục trùng tên</translation>
    </message>
    <message>
        <source>there is no connector with id &apos;{id}&apos;</source>
        <translation>không có mũi tên nối nào mang mã &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>there is no lane with id &apos;{id}&apos;</source>
        <translation>không có làn nào mang mã &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>there is no note with id &apos;{id}&apos;</source>
        <translation>không có ghi chú nào mang mã &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>there is no persona with id &apos;{id}&apos;</source>
        <translation>không có chân dung nào mang mã &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>there is no phase with id &apos;{id}&apos;</source>
        <translation>không có chặng nào mang mã &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>there is no stage with id &apos;{id}&apos;</source>
        <translation>không có giai đoạn nào mang mã &apos;{id}&apos;</translation>
    </message>
    <message>
        <source>there is no voter number {number:d}</source>
        <translation>không có người bỏ phiếu thứ {number:d}</translation>
    </message>
    <message>
        <source>there is not enough memory for a {width} × {height} pixel image</source>
        <translation>không đủ bộ nhớ cho một ảnh {width} × {height} điểm ảnh</translation>
    </message>
    <message>
        <source>these notes are already connected</source>
        <translation>các ghi chú này đã được nối với nhau</translation>
    </message>
    <message>
        <source>this note has no votes</source>
        <translation>ghi chú này chưa có phiếu nào</translation>
    </message>
    <message>
        <source>this would split the phase “{title}” in two</source>
        <translation>thao tác này sẽ chia chặng “{title}” làm hai</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false hoặc null</translation>
    </message>
    <message>
        <source>unknown PDF layout &apos;{value}&apos; (use {choices})</source>
        <translation>không có bố cục PDF &apos;{value}&apos; (hãy dùng {choices})</translation>
    </message>
    <message>
        <source>unknown orientation &apos;{value}&apos; (use {choices})</source>
        <translation>không có hướng giấy &apos;{value}&apos; (hãy dùng {choices})</translation>
    </message>
    <message>
        <source>unknown paper size &apos;{value}&apos; (use {choices})</source>
        <translation>không có khổ giấy &apos;{value}&apos; (hãy dùng {choices})</translation>
    </message>
    <message>
        <source>untitled map</source>
        <translation>bản đồ chưa đặt tên</translation>
    </message>
    <message>
        <source>voting: every participant needs a name</source>
        <translation>bỏ phiếu: mỗi người tham gia cần có tên</translation>
    </message>
    <message>
        <source>you are not allowed to read it</source>
        <translation>bạn không có quyền đọc tệp này</translation>
    </message>
    <message>
        <source>{choices} or {last}</source>
        <translation>{choices} hoặc {last}</translation>
    </message>
    <message>
        <source>{count} KPIs; a stage has at most {limit}</source>
        <translation>{count} KPI; một giai đoạn chỉ có tối đa {limit} KPI</translation>
    </message>
    <message>
        <source>{count} tags, more than the {limit} a note may have</source>
        <translation>{count} thẻ, vượt quá {limit} thẻ mà một ghi chú được phép có</translation>
    </message>
    <message>
        <source>{file}: &quot;version&quot; must be a positive whole number</source>
        <translation>{file}: &quot;version&quot; phải là một số nguyên dương</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}: không đọc được ({reason})</translation>
    </message>
    <message>
        <source>{file}: cannot upgrade this version-{version:d} file ({reason})</source>
        <translation>{file}: không nâng cấp được tệp phiên bản {version:d} này ({reason})</translation>
    </message>
    <message>
        <source>{file}: could not save: {reason}. Your changes are still open; save them elsewhere with Save As.</source>
        <translation>{file}: không lưu được: {reason}. Các thay đổi của bạn vẫn đang mở; hãy lưu chúng vào chỗ khác bằng Lưu thành.</translation>
    </message>
    <message>
        <source>{file}: format version {version:d} is no longer supported</source>
        <translation>{file}: định dạng phiên bản {version:d} không còn được hỗ trợ</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a CSV file</source>
        <translation>{file}: đây là một thư mục, không phải tệp CSV</translation>
    </message>
    <message>
        <source>{file}: is a folder, not a map file</source>
        <translation>{file}: đây là một thư mục, không phải tệp bản đồ</translation>
    </message>
    <message>
        <source>{file}: is not a regular file</source>
        <translation>{file}: không phải là một tệp thông thường</translation>
    </message>
    <message>
        <source>{file}: looks like UTF-16 text without a byte-order mark; {hint}</source>
        <translation>{file}: có vẻ là văn bản UTF-16 không có dấu thứ tự byte (BOM); {hint}</translation>
    </message>
    <message>
        <source>{file}: no such file</source>
        <translation>{file}: không có tệp này</translation>
    </message>
    <message>
        <source>{file}: not UTF-8 text (byte 0x{byte:02X} at byte offset {offset:d}, line {line:d}); {hint}</source>
        <translation>{file}: không phải văn bản UTF-8 (byte 0x{byte:02X} ở vị trí byte {offset:d}, dòng {line:d}); {hint}</translation>
    </message>
    <message>
        <source>{file}: not a Journey Canvas file (expected &quot;format&quot;: &quot;{tag}&quot;)</source>
        <translation>{file}: không phải tệp Journey Canvas (cần có &quot;format&quot;: &quot;{tag}&quot;)</translation>
    </message>
    <message>
        <source>{file}: not a Journey Canvas file (not UTF-8 text: byte 0x{byte:02x} at offset {offset:d})</source>
        <translation>{file}: không phải tệp Journey Canvas (không phải văn bản UTF-8: byte 0x{byte:02x} ở vị trí {offset:d})</translation>
    </message>
    <message>
        <source>{file}: not a Journey Canvas file (the JSON is {kind}, not an object)</source>
        <translation>{file}: không phải tệp Journey Canvas (nội dung JSON là {kind}, không phải một đối tượng)</translation>
    </message>
    <message>
        <source>{file}: not a text file (binary data at byte offset {offset:d})</source>
        <translation>{file}: không phải tệp văn bản (có dữ liệu nhị phân ở vị trí byte {offset:d})</translation>
    </message>
    <message>
        <source>{file}: not a text file (binary data at character {offset:d})</source>
        <translation>{file}: không phải tệp văn bản (có dữ liệu nhị phân ở ký tự thứ {offset:d})</translation>
    </message>
    <message>
        <source>{file}: not a valid map file (nested too deeply)</source>
        <translation>{file}: không phải tệp bản đồ hợp lệ (lồng nhau quá sâu)</translation>
    </message>
    <message>
        <source>{file}: not valid JSON ({reason})</source>
        <translation>{file}: không phải JSON hợp lệ ({reason})</translation>
    </message>
    <message>
        <source>{file}: not valid JSON at line {line:d}, column {column:d} ({reason}); the file may be truncated or damaged</source>
        <translation>{file}: JSON không hợp lệ ở dòng {line:d}, cột {column:d} ({reason}); tệp có thể bị cắt cụt hoặc bị hỏng</translation>
    </message>
    <message>
        <source>{file}: not valid UTF-16 text (at byte offset {offset:d}); {hint}</source>
        <translation>{file}: không phải văn bản UTF-16 hợp lệ (ở vị trí byte {offset:d}); {hint}</translation>
    </message>
    <message>
        <source>{file}: row {row:d} has {cells} cells but the header names only {width} columns (a cell containing the delimiter {delimiter} must be in double quotes)</source>
        <translation>{file}: hàng {row:d} có {cells} ô nhưng hàng tiêu đề chỉ đặt tên cho {width} cột (ô nào chứa ký tự phân cách {delimiter} phải được đặt trong dấu ngoặc kép)</translation>
    </message>
    <message>
        <source>{file}: row {row:d}, column &apos;funnel_unit&apos;: a unit needs a count in column &apos;funnel_count&apos;</source>
        <translation>{file}: hàng {row:d}, cột &apos;funnel_unit&apos;: đơn vị cần có số lượng ở cột &apos;funnel_count&apos;</translation>
    </message>
    <message>
        <source>{file}: row {row:d}, column &apos;{column}&apos;: {problem}</source>
        <translation>{file}: hàng {row:d}, cột &apos;{column}&apos;: {problem}</translation>
    </message>
    <message>
        <source>{file}: row {row:d}: a map holds at most {limit} notes</source>
        <translation>{file}: hàng {row:d}: một bản đồ chỉ chứa được tối đa {limit} ghi chú</translation>
    </message>
    <message>
        <source>{file}: row {row:d}: missing required column {columns}; the first row must be a header naming at least stage, lane and text (found: {found}; read as {delimiter}-separated)</source>
        <translation>{file}: hàng {row:d}: thiếu cột bắt buộc {columns}; hàng đầu tiên phải là hàng tiêu đề có ít nhất các cột stage, lane và text, hoặc Giai đoạn, Làn và Nội dung (tìm thấy: {found}; đã đọc với ký tự phân cách là {delimiter})</translation>
    </message>
    <message>
        <source>{file}: row {row:d}: missing required columns {columns}; the first row must be a header naming at least stage, lane and text (found: {found}; read as {delimiter}-separated)</source>
        <translation>{file}: hàng {row:d}: thiếu các cột bắt buộc {columns}; hàng đầu tiên phải là hàng tiêu đề có ít nhất các cột stage, lane và text, hoặc Giai đoạn, Làn và Nội dung (tìm thấy: {found}; đã đọc với ký tự phân cách là {delimiter})</translation>
    </message>
    <message>
        <source>{file}: row {row:d}: more than {limit} notes; split the file</source>
        <translation>{file}: hàng {row:d}: nhiều hơn {limit} ghi chú; hãy chia nhỏ tệp</translation>
    </message>
    <message>
        <source>{file}: row {row:d}: the header has column &apos;{column}&apos; twice</source>
        <translation>{file}: hàng {row:d}: hàng tiêu đề có cột &apos;{column}&apos; hai lần</translation>
    </message>
    <message>
        <source>{file}: row {row:d}: {problem}</source>
        <translation>{file}: hàng {row:d}: {problem}</translation>
    </message>
    <message>
        <source>{file}: the data is {size:.1f} MB, larger than the {limit} MB a map file may be</source>
        <translation>{file}: dữ liệu nặng {size:.1f} MB, vượt quá {limit} MB mà một tệp bản đồ được phép có</translation>
    </message>
    <message>
        <source>{file}: the file has no &quot;map&quot;</source>
        <translation>{file}: tệp không có mục &quot;map&quot;</translation>
    </message>
    <message>
        <source>{file}: the file is empty</source>
        <translation>{file}: tệp trống</translation>
    </message>
    <message>
        <source>{file}: the file is format version {version:d}, written by a newer Journey Canvas; this program reads versions up to {current:d}. Please update Journey Canvas.</source>
        <translation>{file}: tệp có định dạng phiên bản {version:d}, do một bản Journey Canvas mới hơn ghi ra; chương trình này chỉ đọc được đến phiên bản {current:d}. Hãy cập nhật Journey Canvas.</translation>
    </message>
    <message>
        <source>{file}: the file is larger than the {limit} MB a CSV file may be</source>
        <translation>{file}: tệp lớn hơn {limit} MB mà một tệp CSV được phép có</translation>
    </message>
    <message>
        <source>{file}: the file is {size:.1f} MB, larger than the {limit} MB a CSV file may be</source>
        <translation>{file}: tệp nặng {size:.1f} MB, vượt quá {limit} MB mà một tệp CSV được phép có</translation>
    </message>
    <message>
        <source>{file}: the file is {size:.1f} MB, larger than the {limit} MB a map file may be</source>
        <translation>{file}: tệp nặng {size:.1f} MB, vượt quá {limit} MB mà một tệp bản đồ được phép có</translation>
    </message>
    <message>
        <source>{file}: this is {what}, not a CSV file; {hint}</source>
        <translation>{file}: đây là {what}, không phải tệp CSV; {hint}</translation>
    </message>
    <message>
        <source>{file}: unknown top-level field &apos;{field}&apos;</source>
        <translation>{file}: trường cấp cao nhất &apos;{field}&apos; không xác định</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {where}: {problem}</source>
        <translation>{file}: {where}: {problem}</translation>
    </message>
    <message>
        <source>{name} has no dot to take back</source>
        <translation>{name} không có chấm nào để lấy lại</translation>
    </message>
    <message>
        <source>{name} has used all {dots} dots</source>
        <translation>{name} đã dùng hết {dots} chấm</translation>
    </message>
    <message>
        <source>{name} is not a JSON number</source>
        <translation>{name} không phải là một số JSON</translation>
    </message>
    <message>
        <source>{place}: a connector must join two different notes</source>
        <translation>{place}: mũi tên nối phải nối hai ghi chú khác nhau</translation>
    </message>
    <message>
        <source>{place}: id &apos;{id}&apos; is used more than once</source>
        <translation>{place}: mã &apos;{id}&apos; được dùng nhiều hơn một lần</translation>
    </message>
    <message>
        <source>{place}: lane &apos;{id}&apos; does not exist</source>
        <translation>{place}: làn &apos;{id}&apos; không tồn tại</translation>
    </message>
    <message>
        <source>{place}: note &apos;{id}&apos; does not exist</source>
        <translation>{place}: ghi chú &apos;{id}&apos; không tồn tại</translation>
    </message>
    <message>
        <source>{place}: persona &apos;{id}&apos; does not exist</source>
        <translation>{place}: chân dung &apos;{id}&apos; không tồn tại</translation>
    </message>
    <message>
        <source>{place}: phase &apos;{id}&apos; does not exist</source>
        <translation>{place}: chặng &apos;{id}&apos; không tồn tại</translation>
    </message>
    <message>
        <source>{place}: stage &apos;{id}&apos; does not exist</source>
        <translation>{place}: giai đoạn &apos;{id}&apos; không tồn tại</translation>
    </message>
    <message>
        <source>{place}: the stages of phase &apos;{id}&apos; must be consecutive</source>
        <translation>{place}: các giai đoạn của chặng &apos;{id}&apos; phải nằm liền nhau</translation>
    </message>
    <message>
        <source>{place}: {problem}</source>
        <translation>{place}: {problem}</translation>
    </message>
    <message>
        <source>{place}: {used} dots used, more than the {dots} each participant has</source>
        <translation>{place}: đã dùng {used} chấm, nhiều hơn {dots} chấm mà mỗi người tham gia có</translation>
    </message>
    <message>
        <source>{summary} (and 1 more problem)</source>
        <translation>{summary} (và 1 lỗi khác)</translation>
    </message>
    <message>
        <source>{summary} (and {count} more problems)</source>
        <translation>{summary} (và {count} lỗi khác)</translation>
    </message>
    <message>
        <source>{value} is not a colour like #FFCDD2 (#RRGGBB)</source>
        <translation>{value} không phải là một màu dạng #FFCDD2 (#RRGGBB)</translation>
    </message>
    <message>
        <source>{value} is not a note kind (use one of: {choices})</source>
        <translation>{value} không phải là loại ghi chú (hãy dùng một trong các loại: {choices})</translation>
    </message>
    <message>
        <source>{value} is not a whole number from 0 to {high}</source>
        <translation>{value} không phải là số nguyên từ 0 đến {high}</translation>
    </message>
    <message>
        <source>{value} is not a whole number from {low:d} to {high:d}</source>
        <translation>{value} không phải là số nguyên từ {low:d} đến {high:d}</translation>
    </message>
    <message>
        <source>{what} index {index:d} is outside 0..{size:d}</source>
        <translation>chỉ số {what} {index:d} nằm ngoài khoảng 0..{size:d}</translation>
    </message>
    <message>
        <source>{what}: &apos;{field}&apos; cannot be changed here</source>
        <translation>{what}: không thể đổi &apos;{field}&apos; ở đây</translation>
    </message>
    <message>
        <source>{what}: {problem}</source>
        <translation>{what}: {problem}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
</context>
<context>
    <name>DiskChangeHandler</name>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (bản của tôi)</translation>
    </message>
    <message>
        <source>Keeping your version of “%1”: saving asks before replacing the one on disk.</source>
        <translation>Giữ phiên bản “%1” của bạn: khi lưu, chương trình sẽ hỏi trước khi thay bản trên đĩa.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved on disk. Your map is still open: save it to keep it.</source>
        <translation>“%1” đã bị xóa hoặc di chuyển trên đĩa. Bản đồ của bạn vẫn đang mở: hãy lưu lại để giữ nó.</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Add a stage first: a phase groups stages</source>
        <translation>Hãy thêm một giai đoạn trước: chặng là nhóm các giai đoạn</translation>
    </message>
    <message>
        <source>Cannot do that</source>
        <translation>Không thể thực hiện</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n notes</source>
        <translation>
            <numerusform>Đã sao chép %n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied 1 note</source>
        <translation>Đã sao chép 1 ghi chú</translation>
    </message>
    <message>
        <source>Deleted the lane “%1” (Undo brings it back)</source>
        <translation>Đã xóa làn “%1” (Hoàn tác để lấy lại)</translation>
    </message>
    <message>
        <source>Deleted the stage “%1” (Undo brings it back)</source>
        <translation>Đã xóa giai đoạn “%1” (Hoàn tác để lấy lại)</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Làn mới</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Chặng mới</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Giai đoạn mới</translation>
    </message>
    <message>
        <source>This map has no cells yet: add a stage and a lane first</source>
        <translation>Bản đồ này chưa có ô nào: hãy thêm một giai đoạn và một làn trước</translation>
    </message>
</context>
<context>
    <name>Emotion</name>
    <message>
        <source>+1 positive</source>
        <translation>+1 tích cực</translation>
    </message>
    <message>
        <source>+2 very positive</source>
        <translation>+2 rất tích cực</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 trung lập</translation>
    </message>
    <message>
        <source>−1 negative</source>
        <translation>−1 tiêu cực</translation>
    </message>
    <message>
        <source>−2 very negative</source>
        <translation>−2 rất tiêu cực</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Assumed</source>
        <translation>Giả định</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Đã quan sát</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Đề xuất</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <source>&amp;PDF document</source>
        <translation>Tài liệu &amp;PDF</translation>
    </message>
    <message>
        <source>C&amp;SV spreadsheet</source>
        <translation>Bảng tính C&amp;SV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Export As</source>
        <translation>Xuất thành</translation>
    </message>
    <message>
        <source>Export “%1”</source>
        <translation>Xuất “%1”</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>One row per sticky note, with its stage, lane, kind, colour, emotion, votes, tags, persona and evidence. Opens in Excel, LibreOffice or Google Sheets, and can be imported again.</source>
        <translation>Mỗi ghi chú một dòng, kèm giai đoạn, làn, loại, màu, cảm xúc, phiếu bầu, thẻ, chân dung và bằng chứng. Mở được bằng Excel, LibreOffice hoặc Google Sheets, và nhập lại được.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PN&amp;G image</source>
        <translation>Ảnh P&amp;NG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Số trang: %1</translation>
    </message>
    <message>
        <source>Pages: 1</source>
        <translation>Số trang: 1</translation>
    </message>
    <message>
        <source>Pages: cannot be counted (%1)</source>
        <translation>Số trang: không đếm được (%1)</translation>
    </message>
    <message>
        <source>Pages: counting…</source>
        <translation>Số trang: đang đếm…</translation>
    </message>
    <message>
        <source>Pages: not counted yet</source>
        <translation>Số trang: chưa đếm</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Thay tệp</translation>
    </message>
    <message>
        <source>S&amp;VG drawing</source>
        <translation>Bản vẽ S&amp;VG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Bản vẽ SVG (*.svg)</translation>
    </message>
    <message>
        <source>The selected notes</source>
        <translation>Các ghi chú đã chọn</translation>
    </message>
    <message>
        <source>The whole map</source>
        <translation>Toàn bộ bản đồ</translation>
    </message>
    <message>
        <source>This map is large: press Count pages to make the PDF and see its pages.</source>
        <translation>Bản đồ này lớn: bấm Đếm trang để tạo PDF và xem các trang.</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>“%1” đã có. Thay thế tệp này?</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (bản sao)</translation>
    </message>
    <message>
        <source>%1 · Not locked</source>
        <translation>%1 · Chưa khóa</translation>
    </message>
    <message>
        <source>%1 · Read-only</source>
        <translation>%1 · Chỉ đọc</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — %2</source>
        <translation>%1[*] (chỉ đọc) — %2</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <source>Cannot export the map</source>
        <translation>Không xuất được bản đồ</translation>
    </message>
    <message>
        <source>Cannot import the CSV file</source>
        <translation>Không nhập được tệp CSV</translation>
    </message>
    <message>
        <source>Cannot open the map</source>
        <translation>Không mở được bản đồ</translation>
    </message>
    <message>
        <source>Cannot reload the map</source>
        <translation>Không tải lại được bản đồ</translation>
    </message>
    <message>
        <source>Cannot save the map</source>
        <translation>Không lưu được bản đồ</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Nhập CSV</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Đã sửa đổi</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Open Map</source>
        <translation>Mở bản đồ</translation>
    </message>
    <message>
        <source>Save Map As</source>
        <translation>Lưu bản đồ thành</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is being edited by %2. Save your map under another name.</source>
        <translation>“%1” đang được %2 chỉnh sửa. Hãy lưu bản đồ của bạn dưới tên khác.</translation>
    </message>
</context>
<context>
    <name>GuidePanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>&amp;Findings: %1 open</source>
        <translation>&amp;Vấn đề: %1 chưa xử lý</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>Add a Goals lane (Insert ▸ Lane…) or describe the map&apos;s purpose (File ▸ Map Properties…).</source>
        <translation>Thêm một làn Mục tiêu (Chèn ▸ Làn…) hoặc mô tả mục đích của bản đồ (Tệp ▸ Thuộc tính bản đồ…).</translation>
    </message>
    <message>
        <source>Add a persona with the Add button.</source>
        <translation>Thêm một chân dung bằng nút Thêm.</translation>
    </message>
    <message>
        <source>Add stages with Insert ▸ Stage…</source>
        <translation>Thêm giai đoạn bằng Chèn ▸ Giai đoạn…</translation>
    </message>
    <message>
        <source>At least three named stages, from first contact to loyalty.</source>
        <translation>Ít nhất ba giai đoạn có tên, từ lần tiếp xúc đầu tiên đến khi trung thành.</translation>
    </message>
    <message>
        <source>Create personas</source>
        <translation>Tạo chân dung khách hàng</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Bỏ qua</translation>
    </message>
    <message>
        <source>Deal with every finding below: fix it, or dismiss it if it does not apply.</source>
        <translation>Xử lý mọi vấn đề bên dưới: sửa, hoặc bỏ qua nếu không áp dụng.</translation>
    </message>
    <message>
        <source>Dismissed: %1</source>
        <translation>Đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>Equip the tools</source>
        <translation>Trang bị công cụ</translation>
    </message>
    <message>
        <source>Every stage needs a touchpoint: where the customer meets you.</source>
        <translation>Giai đoạn nào cũng cần một điểm chạm: nơi khách hàng gặp bạn.</translation>
    </message>
    <message>
        <source>Find motivations</source>
        <translation>Tìm động lực</translation>
    </message>
    <message>
        <source>Find pain points</source>
        <translation>Tìm điểm đau</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Hide this finding for this note or stage (saved in the map)</source>
        <translation>Ẩn vấn đề này cho ghi chú hoặc giai đoạn này (lưu trong bản đồ)</translation>
    </message>
    <message>
        <source>Lay out the buyer&apos;s stages</source>
        <translation>Sắp xếp các giai đoạn mua hàng</translation>
    </message>
    <message>
        <source>Map the touchpoints</source>
        <translation>Vẽ các điểm chạm</translation>
    </message>
    <message>
        <source>Name a channel and KPIs in each stage&apos;s details, or add a Channels or KPIs lane (Insert ▸ Lane…).</source>
        <translation>Ghi kênh và KPI trong chi tiết của từng giai đoạn, hoặc thêm một làn Kênh hoặc KPI (Chèn ▸ Làn…).</translation>
    </message>
    <message>
        <source>Name the channels that reach the customer and the KPIs you measure.</source>
        <translation>Ghi rõ các kênh tiếp cận khách hàng và các KPI bạn đo lường.</translation>
    </message>
    <message>
        <source>Nothing left to revise.</source>
        <translation>Không còn gì để rà soát.</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Rà soát</translation>
    </message>
    <message>
        <source>Set goals</source>
        <translation>Đặt mục tiêu</translation>
    </message>
    <message>
        <source>Show &amp;dismissed (%1)</source>
        <translation>Hiện vấn đề đã &amp;bỏ qua (%1)</translation>
    </message>
    <message>
        <source>Show me</source>
        <translation>Chỉ cho tôi</translation>
    </message>
    <message>
        <source>Show me: %1</source>
        <translation>Chỉ cho tôi: %1</translation>
    </message>
    <message>
        <source>Show this finding again</source>
        <translation>Hiện lại vấn đề này</translation>
    </message>
    <message>
        <source>Step %1: %2, %3</source>
        <translation>Bước %1: %2, %3</translation>
    </message>
    <message>
        <source>The lane is still empty: press Ins to add a note to it.</source>
        <translation>Làn này còn trống: nhấn Ins để thêm ghi chú.</translation>
    </message>
    <message>
        <source>The method: %1 of %2 steps done</source>
        <translation>Phương pháp: đã xong %1 trên %2 bước</translation>
    </message>
    <message>
        <source>This map has no Touchpoints lane: add one with Insert ▸ Lane…</source>
        <translation>Bản đồ chưa có làn Điểm chạm: hãy thêm bằng Chèn ▸ Làn…</translation>
    </message>
    <message>
        <source>This map has no such lane yet: add one with Insert ▸ Lane…</source>
        <translation>Bản đồ chưa có làn này: hãy thêm bằng Chèn ▸ Làn…</translation>
    </message>
    <message>
        <source>What should the map help you decide? Write it in the map&apos;s description or a Goals lane.</source>
        <translation>Bản đồ giúp bạn quyết định điều gì? Ghi vào phần mô tả bản đồ hoặc một làn Mục tiêu.</translation>
    </message>
    <message>
        <source>Where does it hurt? Add notes to a Pain points lane.</source>
        <translation>Khách hàng gặp khó ở đâu? Thêm ghi chú vào một làn Điểm đau.</translation>
    </message>
    <message>
        <source>Who is the journey about? Add at least one persona.</source>
        <translation>Hành trình này là của ai? Thêm ít nhất một chân dung.</translation>
    </message>
    <message>
        <source>Why do they act? Fill in a persona&apos;s goals and motivations, or a Thoughts lane.</source>
        <translation>Vì sao họ hành động? Điền mục tiêu và động lực của chân dung, hoặc một làn Suy nghĩ.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>chưa làm</translation>
    </message>
</context>
<context>
    <name>ImageOptionsBox</name>
    <message>
        <source>%1 dpi (print)</source>
        <translation>%1 dpi (để in)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 điểm ảnh</translation>
    </message>
    <message>
        <source>%1: too large to export; choose a lower resolution.</source>
        <translation>%1: quá lớn để xuất; hãy chọn độ phân giải thấp hơn.</translation>
    </message>
    <message>
        <source>%1× (%2 dpi)</source>
        <translation>%1× (%2 dpi)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Độ phân &amp;giải:</translation>
    </message>
    <message>
        <source>Image options</source>
        <translation>Tùy chọn ảnh</translation>
    </message>
    <message>
        <source>Only the %1 selected notes, with their stages and lanes</source>
        <translation>Chỉ %1 ghi chú đã chọn, cùng giai đoạn và làn của chúng</translation>
    </message>
    <message>
        <source>Only the selected note, with its stage and lane</source>
        <translation>Chỉ ghi chú đã chọn, cùng giai đoạn và làn của nó</translation>
    </message>
    <message>
        <source>Only the selected notes (select notes on the board first)</source>
        <translation>Chỉ các ghi chú đã chọn (hãy chọn ghi chú trên bảng trước)</translation>
    </message>
    <message>
        <source>PNG options</source>
        <translation>Tùy chọn PNG</translation>
    </message>
    <message>
        <source>SVG options</source>
        <translation>Tùy chọn SVG</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message numerus="yes">
        <source>%n notes selected</source>
        <translation>
            <numerusform>Đã chọn %n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>Mà&amp;u:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>Chân &amp;dung:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>T&amp;hẻ:</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(khác nhau)</translation>
    </message>
    <message>
        <source>(mixed: typing replaces all)</source>
        <translation>(khác nhau: nhập mới sẽ thay tất cả)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <source>1 note selected</source>
        <translation>Đã chọn 1 ghi chú</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>E&amp;motion:</source>
        <translation>Cả&amp;m xúc:</translation>
    </message>
    <message>
        <source>Evi&amp;dence:</source>
        <translation>&amp;Bằng chứng:</translation>
    </message>
    <message>
        <source>Give the notes a colour of their own</source>
        <translation>Đặt cho các ghi chú một màu riêng</translation>
    </message>
    <message>
        <source>Go back to the colour of the note kind</source>
        <translation>Dùng lại màu theo loại ghi chú</translation>
    </message>
    <message>
        <source>Hidden from the a&amp;udience</source>
        <translation>Ẩ&amp;n khỏi khán giả</translation>
    </message>
    <message>
        <source>Hidden from the audience</source>
        <translation>Ẩn khỏi khán giả</translation>
    </message>
    <message>
        <source>Hide these notes from the audience view and presentation until revealed</source>
        <translation>Ẩn các ghi chú này khỏi khung nhìn khán giả và phần trình chiếu cho đến khi được hiện</translation>
    </message>
    <message>
        <source>Kind colour</source>
        <translation>Theo loại</translation>
    </message>
    <message>
        <source>No note selected</source>
        <translation>Chưa chọn ghi chú nào</translation>
    </message>
    <message>
        <source>No score</source>
        <translation>Không chấm điểm</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Không riêng ai</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Không nêu</translation>
    </message>
    <message>
        <source>Note colour</source>
        <translation>Màu ghi chú</translation>
    </message>
    <message>
        <source>Tags separated by commas</source>
        <translation>Các thẻ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>V&amp;otes:</source>
        <translation>&amp;Phiếu bầu:</translation>
    </message>
</context>
<context>
    <name>LaneKind</name>
    <message>
        <source>Actions</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Hậu trường</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Emotions</source>
        <translation>Cảm xúc</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Tiền sảnh</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Điểm đau</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Bằng chứng hữu hình</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Quy trình hỗ trợ</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Suy nghĩ</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Điểm chạm</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Legend of note kinds</source>
        <translation>Chú giải các loại ghi chú</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Edit</source>
        <translation>Chỉnh &amp;sửa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Chèn</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Di c&amp;huyển</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Kh&amp;ung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Aud&amp;ience</source>
        <translation>&amp;Khán giả</translation>
    </message>
    <message>
        <source>Find and Filter</source>
        <translation>Tìm và lọc</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Thuộc tính</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Chú giải</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>Map opened</source>
        <translation>Đã mở bản đồ</translation>
    </message>
    <message>
        <source>Note Palette</source>
        <translation>Loại ghi chú</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>P&amp;resentation</source>
        <translation>T&amp;rình chiếu</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Chân dung</translation>
    </message>
    <message>
        <source>Stage Details</source>
        <translation>Chi tiết giai đoạn</translation>
    </message>
</context>
<context>
    <name>MapPropertiesDialog</name>
    <message>
        <source>&amp;Board type:</source>
        <translation>&amp;Loại bản đồ:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Mô tả:</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;họn…</translation>
    </message>
    <message>
        <source>Cannot use this logo</source>
        <translation>Không dùng được logo này</translation>
    </message>
    <message>
        <source>Choose the Client&apos;s Logo</source>
        <translation>Chọn logo của khách hàng</translation>
    </message>
    <message>
        <source>Client logo</source>
        <translation>Logo khách hàng</translation>
    </message>
    <message>
        <source>Client logo:</source>
        <translation>Logo khách hàng:</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Bản đồ hiện trạng</translation>
    </message>
    <message>
        <source>Day in the life</source>
        <translation>Một ngày của khách hàng</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Bản đồ tương lai</translation>
    </message>
    <message>
        <source>Map &amp;language:</source>
        <translation>&amp;Ngôn ngữ bản đồ:</translation>
    </message>
    <message>
        <source>Map Properties</source>
        <translation>Thuộc tính bản đồ</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Chưa có logo</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Bản thiết kế dịch vụ</translation>
    </message>
    <message>
        <source>The language of the words drawn on the board and in exports; the interface language does not change.</source>
        <translation>Ngôn ngữ của các chữ vẽ trên bảng và trong tệp xuất; ngôn ngữ giao diện không đổi.</translation>
    </message>
    <message>
        <source>The logo is drawn on the cover of report PDFs.</source>
        <translation>Logo được in trên trang bìa của báo cáo PDF.</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Action</source>
        <translation>Hành động</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Hậu trường</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Cảm xúc</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Tiền sảnh</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Ý tưởng</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Cơ hội</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Điểm đau</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Hỗ trợ</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Suy nghĩ</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Điểm chạm</translation>
    </message>
</context>
<context>
    <name>PagePreview</name>
    <message>
        <source>%1 pages</source>
        <translation>%1 trang</translation>
    </message>
    <message>
        <source>(page shapes only: install poppler-utils to see them drawn)</source>
        <translation>(chỉ có khung trang: cài poppler-utils để xem nội dung)</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 trang</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Đang vẽ các trang…</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Xem trước trang</translation>
    </message>
    <message>
        <source>The first %1 of %2 pages</source>
        <translation>%1 trang đầu trong %2 trang</translation>
    </message>
</context>
<context>
    <name>PalettePanel</name>
    <message>
        <source>Add a “%1” note</source>
        <translation>Thêm ghi chú “%1”</translation>
    </message>
    <message>
        <source>Drag a kind onto the board, or click it to add a note to the current cell</source>
        <translation>Kéo một loại lên bảng, hoặc bấm vào để thêm ghi chú vào ô hiện tại</translation>
    </message>
    <message>
        <source>Note palette</source>
        <translation>Bảng loại ghi chú</translation>
    </message>
</context>
<context>
    <name>PdfOptionsBox</name>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Tiled</source>
        <translation>&amp;Ghép tờ</translation>
    </message>
    <message>
        <source>A paginated document to hand to a client: a cover, the personas, a legend and the board section by section.</source>
        <translation>Tài liệu chia trang để gửi khách hàng: trang bìa, chân dung khách hàng, chú giải và bảng theo từng phần.</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Add a &amp;cover page (title, persona, date)</source>
        <translation>Thêm tr&amp;ang bìa (tiêu đề, chân dung, ngày)</translation>
    </message>
    <message>
        <source>Co&amp;unt pages</source>
        <translation>Đế&amp;m trang</translation>
    </message>
    <message>
        <source>F&amp;it to one sheet</source>
        <translation>Vừa &amp;một tờ</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Makes the PDF in memory to count its pages and show them.</source>
        <translation>Tạo PDF trong bộ nhớ để đếm và hiển thị các trang.</translation>
    </message>
    <message>
        <source>Orie&amp;ntation:</source>
        <translation>&amp;Hướng giấy:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <source>P&amp;oster</source>
        <translation>Áp phí&amp;ch</translation>
    </message>
    <message>
        <source>PDF options</source>
        <translation>Tùy chọn PDF</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>The board at 100 % over as many sheets as it needs, overlapping so they can be trimmed and taped together; each repeats the stage and lane headers.</source>
        <translation>Bảng ở tỉ lệ 100 % trên bao nhiêu tờ cũng được, chồng mép để cắt và dán ghép lại; tờ nào cũng nhắc lại tiêu đề giai đoạn và làn.</translation>
    </message>
    <message>
        <source>The whole board on one page of its own size, at 100 %. For large-format printing and reading on screen.</source>
        <translation>Toàn bộ bảng trên một trang đúng kích thước của nó, ở 100 %. Để in khổ lớn và đọc trên màn hình.</translation>
    </message>
    <message>
        <source>The whole board scaled down onto one sheet of the chosen paper: a quick overview or a slide appendix.</source>
        <translation>Toàn bộ bảng thu nhỏ trên một tờ giấy đã chọn: để xem nhanh hoặc làm phụ lục trình chiếu.</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (Mỹ)</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <source>%1 notes are about this persona.</source>
        <translation>%1 ghi chú nói về chân dung này.</translation>
    </message>
    <message>
        <source>&amp;Background</source>
        <translation>T&amp;iểu sử</translation>
    </message>
    <message>
        <source>&amp;Demographics</source>
        <translation>Nhân &amp;khẩu học</translation>
    </message>
    <message>
        <source>&amp;Goals and motivations</source>
        <translation>Mục tiêu &amp;và động lực</translation>
    </message>
    <message>
        <source>&amp;Lifestyle</source>
        <translation>&amp;Lối sống</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Tê&amp;n</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>Câ&amp;u nói</translation>
    </message>
    <message>
        <source>&amp;Shopping preferences</source>
        <translation>Thói &amp;quen mua sắm</translation>
    </message>
    <message>
        <source>1 note is about this persona.</source>
        <translation>1 ghi chú nói về chân dung này.</translation>
    </message>
    <message>
        <source>A PNG, JPEG, BMP, GIF or WebP image, stored in the map (scaled down)</source>
        <translation>Một ảnh PNG, JPEG, BMP, GIF hoặc WebP, lưu trong bản đồ (đã thu nhỏ)</translation>
    </message>
    <message>
        <source>Age, job, family, where they live</source>
        <translation>Tuổi, nghề nghiệp, gia đình, nơi sống</translation>
    </message>
    <message>
        <source>Cannot use this photo</source>
        <translation>Không dùng được ảnh này</translation>
    </message>
    <message>
        <source>Choose &amp;photo…</source>
        <translation>Chọn ảnh đại &amp;diện…</translation>
    </message>
    <message>
        <source>Choose a Photo</source>
        <translation>Chọn ảnh</translation>
    </message>
    <message>
        <source>How they spend their days</source>
        <translation>Họ sống mỗi ngày ra sao</translation>
    </message>
    <message>
        <source>How, where and when they buy</source>
        <translation>Họ mua thế nào, ở đâu và khi nào</translation>
    </message>
    <message>
        <source>Information s&amp;ources</source>
        <translation>Nguồn thông t&amp;in</translation>
    </message>
    <message>
        <source>No note is about this persona yet: pick the persona in the inspector of a selected note.</source>
        <translation>Chưa có ghi chú nào nói về chân dung này: hãy chọn chân dung trong khung Thuộc tính của một ghi chú đã chọn.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Chưa có ảnh</translation>
    </message>
    <message>
        <source>Not saved: a persona&apos;s text may hold at most %1 characters.</source>
        <translation>Chưa lưu: nội dung của một chân dung chỉ được tối đa %1 ký tự.</translation>
    </message>
    <message>
        <source>Pain poin&amp;ts</source>
        <translation>Điểm đ&amp;au</translation>
    </message>
    <message>
        <source>Personalit&amp;y</source>
        <translation>Tí&amp;nh cách</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <source>Something they would say, in their words</source>
        <translation>Một câu họ hay nói, bằng lời của họ</translation>
    </message>
    <message>
        <source>Their story in a few sentences</source>
        <translation>Câu chuyện của họ trong vài câu</translation>
    </message>
    <message>
        <source>Traits that shape their choices</source>
        <translation>Những nét tính cách chi phối lựa chọn của họ</translation>
    </message>
    <message>
        <source>What frustrates them</source>
        <translation>Điều khiến họ khó chịu</translation>
    </message>
    <message>
        <source>What the team calls this persona</source>
        <translation>Tên nhóm dùng để gọi chân dung này</translation>
    </message>
    <message>
        <source>What they want to achieve</source>
        <translation>Điều họ muốn đạt được</translation>
    </message>
    <message>
        <source>Where they learn about products</source>
        <translation>Nơi họ tìm hiểu về sản phẩm</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <source>&amp;Add</source>
        <translation>Thê&amp;m</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(chưa đặt tên)</translation>
    </message>
    <message>
        <source>Add a persona to the map</source>
        <translation>Thêm một chân dung vào bản đồ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete this persona; its notes stay, no longer attached to it</source>
        <translation>Xóa chân dung này; các ghi chú của nó vẫn còn, chỉ không gắn với nó nữa</translation>
    </message>
    <message>
        <source>Highlight this persona&apos;s notes on the board (clear it in Find and Filter)</source>
        <translation>Làm nổi bật các ghi chú của chân dung này trên bảng (bỏ trong khung Tìm và lọc)</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Chân dung</translation>
    </message>
    <message>
        <source>Show only this persona&apos;s notes</source>
        <translation>Chỉ hiện ghi chú của chân dung này</translation>
    </message>
</context>
<context>
    <name>PersonaPhoto</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>The file is %1 MB; a photo may be at most %2 MB.</source>
        <translation>Tệp nặng %1 MB; ảnh chỉ được tối đa %2 MB.</translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation>Không đọc được ảnh: %1</translation>
    </message>
    <message>
        <source>The image does not say how large it is.</source>
        <translation>Ảnh không cho biết kích thước của nó.</translation>
    </message>
    <message>
        <source>The image is %1 × %2 pixels; a photo may have at most %3 megapixels and %4 pixels a side.</source>
        <translation>Ảnh có %1 × %2 điểm ảnh; ảnh chỉ được tối đa %3 megapixel và %4 điểm ảnh mỗi cạnh.</translation>
    </message>
    <message>
        <source>The photo cannot be encoded.</source>
        <translation>Không mã hóa được ảnh.</translation>
    </message>
    <message>
        <source>The photo is too large to embed, even compressed.</source>
        <translation>Ảnh quá lớn để đưa vào bản đồ, kể cả khi đã nén.</translation>
    </message>
    <message>
        <source>This is not a PNG, JPEG, BMP, GIF or WebP image.</source>
        <translation>Đây không phải ảnh PNG, JPEG, BMP, GIF hay WebP.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;High contrast</source>
        <translation>Tương phản &amp;cao</translation>
    </message>
    <message>
        <source>Black text on white in the window; on the board, black text, black note borders and a darker grid. Exported files keep the map&apos;s own colours.</source>
        <translation>Chữ đen trên nền trắng trong cửa sổ; trên bảng, chữ đen, viền ghi chú đen và lưới đậm hơn. Tệp xuất ra vẫn giữ màu của bản đồ.</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Menus, panels and messages. A map keeps its own language, chosen when it is made, whatever the interface shows.</source>
        <translation>Trình đơn, các khung và thông báo. Mỗi bản đồ giữ ngôn ngữ riêng, chọn khi tạo, dù giao diện dùng ngôn ngữ nào.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>System setting (%1)</source>
        <translation>Theo hệ thống (%1)</translation>
    </message>
</context>
<context>
    <name>PresentationCaption</name>
    <message>
        <source>Stage %1 of %2: %3</source>
        <translation>Giai đoạn %1/%2: %3</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3 — %4</source>
        <translation>Giai đoạn %1/%2: %3 — %4</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>chưa đặt tên</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Board</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Bảng:</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Bản đồ hành trình</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>The printer refused a new page.</source>
        <translation>Máy in không nhận trang mới.</translation>
    </message>
    <message>
        <source>Tiled at 100 % (with crop marks)</source>
        <translation>Ghép tờ ở 100 % (có dấu cắt)</translation>
    </message>
    <message>
        <source>Whole board on one page</source>
        <translation>Toàn bộ bảng trên một trang</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Đóng khung</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Tách ra</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách khung ra hoặc gắn lại</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <source>Clear Recent Files</source>
        <translation>Xóa danh sách tệp gần đây</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Chưa có tệp gần đây</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>&amp;Apply Choices</source>
        <translation>Á&amp;p dụng lựa chọn</translation>
    </message>
    <message>
        <source>&amp;Discard All</source>
        <translation>&amp;Bỏ tất cả</translation>
    </message>
    <message>
        <source>&amp;Restore All</source>
        <translation>&amp;Khôi phục tất cả</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Journey Canvas did not close normally last time. These maps had changes that were not saved. Restore them to keep working, or discard them.</source>
        <translation>Lần trước Journey Canvas không đóng bình thường. Các bản đồ sau có thay đổi chưa được lưu. Hãy khôi phục để làm tiếp, hoặc bỏ chúng đi.</translation>
    </message>
    <message>
        <source>Last copied</source>
        <translation>Sao lưu lần cuối</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Recover Unsaved Maps</source>
        <translation>Khôi phục bản đồ chưa lưu</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Xử lý %1 thế nào</translation>
    </message>
    <message>
        <source>unsaved map</source>
        <translation>bản đồ chưa lưu</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>%1 notes</source>
        <translation>%1 ghi chú</translation>
    </message>
    <message>
        <source>%1 of %2 notes</source>
        <translation>%1 trên %2 ghi chú</translation>
    </message>
    <message>
        <source>%1 of 1 note</source>
        <translation>%1 trên 1 ghi chú</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 ghi chú</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Xóa tìm kiếm và bộ lọc</translation>
    </message>
    <message>
        <source>Find notes</source>
        <translation>Tìm ghi chú</translation>
    </message>
    <message>
        <source>Find notes (text or tag)</source>
        <translation>Tìm ghi chú (nội dung hoặc thẻ)</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Chân dung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Words are found in any order, ignoring case and accents. Esc clears.</source>
        <translation>Tìm các từ theo bất kỳ thứ tự nào, không phân biệt hoa thường và dấu. Esc để xóa.</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>Not locked: no lock file can be made beside “%1” (%2), so others are not told you are editing it.</source>
        <translation>Chưa khóa: không tạo được tệp khóa cạnh “%1” (%2), nên người khác không biết bạn đang sửa nó.</translation>
    </message>
    <message>
        <source>Read-only: %1 is editing “%2”. Use Save As to keep your changes.</source>
        <translation>Chỉ đọc: %1 đang sửa “%2”. Hãy dùng Lưu thành để giữ thay đổi của bạn.</translation>
    </message>
    <message>
        <source>The lock on “%1” was taken over by another copy of Journey Canvas: save soon, or save a copy.</source>
        <translation>Một phiên Journey Canvas khác đã lấy khóa của “%1”: hãy lưu sớm, hoặc lưu một bản sao.</translation>
    </message>
    <message>
        <source>“%1” was still marked as opened by %2, who is no longer editing it.</source>
        <translation>“%1” vẫn được đánh dấu là do %2 mở, nhưng người đó không còn sửa nữa.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Command</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Tác dụng</translation>
    </message>
</context>
<context>
    <name>StageDetailsPanel</name>
    <message>
        <source>&amp;Audience:</source>
        <translation>Đố&amp;i tượng:</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>Số &amp;lượng:</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mục tiêu:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực tế</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Thêm KPI</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <source>Ca&amp;ll to action:</source>
        <translation>Lời kê&amp;u gọi hành động:</translation>
    </message>
    <message>
        <source>Campaign card</source>
        <translation>Thẻ chiến dịch</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Kênh:</translation>
    </message>
    <message>
        <source>Click a stage header on the board to edit its campaign card, funnel figure and KPIs.</source>
        <translation>Bấm vào tiêu đề một giai đoạn trên bảng để sửa thẻ chiến dịch, số liệu phễu và KPI của giai đoạn đó.</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <source>Funnel figure</source>
        <translation>Số liệu phễu</translation>
    </message>
    <message>
        <source>How many people reached this stage; conversion and drop-off to the next counted stage are computed</source>
        <translation>Số người đến được giai đoạn này; tỷ lệ chuyển đổi và hao hụt sang giai đoạn có số liệu kế tiếp được tính tự động</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Move KPI down</source>
        <translation>Chuyển KPI xuống</translation>
    </message>
    <message>
        <source>Move KPI up</source>
        <translation>Chuyển KPI lên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Xóa KPI</translation>
    </message>
    <message>
        <source>Stage details</source>
        <translation>Chi tiết giai đoạn</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Giai đoạn: %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <source>The count must be a whole number from 0 to %1, like 12000 or 12.000.</source>
        <translation>Số lượng phải là số nguyên từ 0 đến %1, ví dụ 12000 hoặc 12.000.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>e.g. 12000 (empty: no figure)</source>
        <translation>ví dụ 12000 (để trống: không có số liệu)</translation>
    </message>
    <message>
        <source>visitors, leads, buyers…</source>
        <translation>khách truy cập, khách tiềm năng, người mua…</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>&amp;Back to the Map</source>
        <translation>&amp;Quay lại bản đồ</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Nhập CSV…</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Mới từ mẫu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Mở tệ&amp;p…</translation>
    </message>
    <message>
        <source>Customer journey maps, offline · version %1</source>
        <translation>Bản đồ hành trình khách hàng, không cần mạng · phiên bản %1</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Map &amp;language:</source>
        <translation>Ngôn ngữ &amp;bản đồ:</translation>
    </message>
    <message>
        <source>New from a template</source>
        <translation>Tạo mới từ mẫu</translation>
    </message>
    <message>
        <source>No recent maps yet. Maps you open or save are listed here.</source>
        <translation>Chưa có bản đồ gần đây. Các bản đồ bạn mở hoặc lưu sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Opens as a new, unsaved copy; the sample stays as it is.</source>
        <translation>Mở thành một bản sao mới chưa lưu; bản ví dụ vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation>Bản đồ gần đây</translation>
    </message>
    <message>
        <source>Return to the open map (Esc)</source>
        <translation>Quay lại bản đồ đang mở (Esc)</translation>
    </message>
    <message>
        <source>Sample maps</source>
        <translation>Bản đồ ví dụ</translation>
    </message>
    <message>
        <source>The language of the words on the new board; the interface language does not change.</source>
        <translation>Ngôn ngữ của chữ trên bảng mới; ngôn ngữ giao diện không đổi.</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
</context>
<context>
    <name>StatusBarController</name>
    <message>
        <source>%1 (%2 selected)</source>
        <translation>%1 (đã chọn %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notes</source>
        <translation>
            <numerusform>%Ln ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 ghi chú</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>%1 blueprint lines</source>
        <translation>%1 đường thiết kế dịch vụ</translation>
    </message>
    <message>
        <source>%1 lanes</source>
        <translation>%1 làn</translation>
    </message>
    <message>
        <source>%1 phases</source>
        <translation>%1 chặng</translation>
    </message>
    <message>
        <source>%1 stages</source>
        <translation>%1 giai đoạn</translation>
    </message>
    <message>
        <source>&amp;Board type:</source>
        <translation>&amp;Loại bản đồ:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Mẫu</translation>
    </message>
    <message>
        <source>1 blueprint line</source>
        <translation>1 đường thiết kế dịch vụ</translation>
    </message>
    <message>
        <source>1 lane</source>
        <translation>1 làn</translation>
    </message>
    <message>
        <source>1 phase</source>
        <translation>1 chặng</translation>
    </message>
    <message>
        <source>1 stage</source>
        <translation>1 giai đoạn</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <source>Map &amp;language:</source>
        <translation>N&amp;gôn ngữ bản đồ:</translation>
    </message>
    <message>
        <source>Map types</source>
        <translation>Kiểu bản đồ</translation>
    </message>
    <message>
        <source>New Map from Template</source>
        <translation>Bản đồ mới từ mẫu</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Mẫu dựng sẵn</translation>
    </message>
    <message>
        <source>Preview of the new board</source>
        <translation>Xem trước bảng mới</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;iêu đề:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>The kind of board to lay this framework&apos;s stages on.</source>
        <translation>Loại bản đồ để đặt các giai đoạn của mô hình này lên.</translation>
    </message>
    <message>
        <source>The language of the words on the new board; the interface language does not change.</source>
        <translation>Ngôn ngữ của chữ trên bảng mới; ngôn ngữ giao diện không đổi.</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>persona: %1</source>
        <translation>chân dung: %1</translation>
    </message>
</context>
<context>
    <name>TimerDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Phút:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Bắt đầu</translation>
    </message>
    <message>
        <source>S&amp;econds:</source>
        <translation>&amp;Giây:</translation>
    </message>
    <message>
        <source>Start Timer</source>
        <translation>Bắt đầu hẹn giờ</translation>
    </message>
    <message>
        <source>Start a %1-minute countdown</source>
        <translation>Đếm ngược %1 phút</translation>
    </message>
</context>
<context>
    <name>TimerOverlay</name>
    <message>
        <source>+1 min</source>
        <translation>+1 phút</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 phút</translation>
    </message>
    <message>
        <source>Add five minutes</source>
        <translation>Thêm năm phút</translation>
    </message>
    <message>
        <source>Add one minute</source>
        <translation>Thêm một phút</translation>
    </message>
    <message>
        <source>Drag the timer to another corner of the board</source>
        <translation>Kéo đồng hồ hẹn giờ sang góc khác của bảng</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Đang tạm dừng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Đặt lại đồng hồ</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Chạy lại</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <source>Time&apos;s up!</source>
        <translation>Hết giờ!</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>Đồng hồ hội thảo</translation>
    </message>
</context>
<context>
    <name>VotingController</name>
    <message>
        <source>%1 has no dot on this note</source>
        <translation>%1 không có chấm nào trên ghi chú này</translation>
    </message>
    <message>
        <source>%1 has used all their dots</source>
        <translation>%1 đã dùng hết số chấm</translation>
    </message>
</context>
<context>
    <name>VotingDialog</name>
    <message>
        <source>&amp;Anonymous participants:</source>
        <translation>Người tham gia ẩn &amp;danh:</translation>
    </message>
    <message>
        <source>&amp;Clear the votes the notes already have</source>
        <translation>&amp;Xóa các phiếu mà ghi chú đang có</translation>
    </message>
    <message>
        <source>&amp;Dots per participant:</source>
        <translation>Số &amp;chấm mỗi người:</translation>
    </message>
    <message>
        <source>&amp;Named participants, one per line:</source>
        <translation>Người tham gia có &amp;tên, mỗi dòng một người:</translation>
    </message>
    <message>
        <source>&amp;Start Voting</source>
        <translation>&amp;Bắt đầu bỏ phiếu</translation>
    </message>
    <message>
        <source>At most %1 participants can vote.</source>
        <translation>Tối đa %1 người được bỏ phiếu.</translation>
    </message>
    <message>
        <source>Name %1 is longer than %2 characters.</source>
        <translation>Tên thứ %1 dài quá %2 ký tự.</translation>
    </message>
    <message>
        <source>Number of participants</source>
        <translation>Số người tham gia</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Người tham gia %1</translation>
    </message>
    <message>
        <source>Participant names, one per line</source>
        <translation>Tên người tham gia, mỗi dòng một người</translation>
    </message>
    <message>
        <source>Start Dot Voting</source>
        <translation>Bắt đầu bỏ phiếu bằng chấm</translation>
    </message>
    <message>
        <source>Type at least one name, or choose anonymous participants.</source>
        <translation>Hãy nhập ít nhất một tên, hoặc chọn người tham gia ẩn danh.</translation>
    </message>
</context>
<context>
    <name>VotingOverlay</name>
    <message>
        <source>%1 has used all their dots: next voter, please</source>
        <translation>%1 đã dùng hết số chấm: mời người tiếp theo</translation>
    </message>
    <message>
        <source>%1 of %2 dots left</source>
        <translation>Còn %1 trên %2 chấm</translation>
    </message>
    <message>
        <source>Click a note, or press + on the selected one, to place a dot
Shift+click, right-click or − takes one back</source>
        <translation>Nhấp vào ghi chú, hoặc nhấn + trên ghi chú đã chọn, để đặt chấm
Shift+nhấp, nhấp chuột phải hoặc − để lấy lại</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Bỏ phiếu bằng chấm</translation>
    </message>
    <message>
        <source>Next Voter ▸</source>
        <translation>Người tiếp theo ▸</translation>
    </message>
    <message>
        <source>Next voter</source>
        <translation>Người bỏ phiếu tiếp theo</translation>
    </message>
    <message>
        <source>Voting: %1</source>
        <translation>Đang bỏ phiếu: %1</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source> notes</source>
        <translation> ghi chú</translation>
    </message>
    <message>
        <source>%1 (stage: %2)</source>
        <translation>%1 (giai đoạn: %2)</translation>
    </message>
    <message>
        <source>%1 dots per participant · %2 participants · %3 of %4 dots placed</source>
        <translation>%1 chấm mỗi người · %2 người tham gia · đã đặt %3 trên %4 chấm</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 dots used</source>
        <translation>%1 — đã dùng %2 trên %3 chấm</translation>
    </message>
    <message>
        <source>&amp;Highlight the top</source>
        <translation>&amp;Làm nổi bật nhóm đầu</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(ghi chú trống)</translation>
    </message>
    <message>
        <source>How many top notes to highlight</source>
        <translation>Số ghi chú dẫn đầu được làm nổi bật</translation>
    </message>
    <message>
        <source>No voting session. Votes on the board: %1.</source>
        <translation>Không có phiên bỏ phiếu. Số phiếu trên bảng: %1.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Notes by votes</source>
        <translation>Ghi chú theo số phiếu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Người tham gia</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Phiếu bầu</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>%1 Minutes</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>&amp;Highlight Top Votes</source>
        <translation>Làm nổi bật &amp;phiếu cao nhất</translation>
    </message>
    <message>
        <source>&amp;Move Timer to Next Corner</source>
        <translation>&amp;Dời hẹn giờ sang góc kế tiếp</translation>
    </message>
    <message>
        <source>&amp;Next Voter</source>
        <translation>&amp;Người bỏ phiếu tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Pause or Resume Timer</source>
        <translation>&amp;Tạm dừng hoặc tiếp tục hẹn giờ</translation>
    </message>
    <message>
        <source>&amp;Reset Timer</source>
        <translation>Đặt &amp;lại hẹn giờ</translation>
    </message>
    <message>
        <source>&amp;Start Timer…</source>
        <translation>&amp;Bắt đầu hẹn giờ…</translation>
    </message>
    <message>
        <source>&amp;Take Back a Dot</source>
        <translation>Lấ&amp;y lại một chấm</translation>
    </message>
    <message>
        <source>&amp;Vote by Clicking Notes</source>
        <translation>Bỏ phiếu &amp;qua nhấp ghi chú</translation>
    </message>
    <message>
        <source>1 Minute</source>
        <translation>1 phút</translation>
    </message>
    <message>
        <source>Add &amp;1 Minute</source>
        <translation>Thêm &amp;1 phút</translation>
    </message>
    <message>
        <source>Add &amp;5 Minutes</source>
        <translation>Thêm &amp;5 phút</translation>
    </message>
    <message>
        <source>End Dot Votin&amp;g</source>
        <translation>&amp;Kết thúc bỏ phiếu</translation>
    </message>
    <message>
        <source>End the session; the notes keep their votes</source>
        <translation>Kết thúc phiên; các ghi chú giữ nguyên số phiếu</translation>
    </message>
    <message>
        <source>Give five more minutes</source>
        <translation>Cho thêm năm phút</translation>
    </message>
    <message>
        <source>Give one more minute</source>
        <translation>Cho thêm một phút</translation>
    </message>
    <message>
        <source>Hand the dots over to the next participant</source>
        <translation>Chuyển lượt đặt chấm cho người tiếp theo</translation>
    </message>
    <message>
        <source>Highlight the most voted notes and dim the others</source>
        <translation>Làm nổi bật các ghi chú nhiều phiếu nhất và làm mờ phần còn lại</translation>
    </message>
    <message>
        <source>Move the timer to the next corner of the board, clockwise (it can also be dragged)</source>
        <translation>Dời đồng hồ hẹn giờ sang góc kế tiếp của bảng, theo chiều kim đồng hồ (cũng có thể kéo thả)</translation>
    </message>
    <message>
        <source>Pause the countdown, resume it, or start it again</source>
        <translation>Tạm dừng, tiếp tục hoặc chạy lại đếm ngược</translation>
    </message>
    <message>
        <source>Place a D&amp;ot</source>
        <translation>Đặt &amp;một chấm</translation>
    </message>
    <message>
        <source>Place a dot of the current voter on the selected note</source>
        <translation>Đặt một chấm của người đang bỏ phiếu lên ghi chú được chọn</translation>
    </message>
    <message>
        <source>Reset Vot&amp;es</source>
        <translation>Đặt lại &amp;số phiếu</translation>
    </message>
    <message>
        <source>Set every note&apos;s votes and every participant&apos;s dots back to zero</source>
        <translation>Đưa số phiếu của mọi ghi chú và số chấm của mọi người về không</translation>
    </message>
    <message>
        <source>Show the tally of votes and the participants</source>
        <translation>Hiện bảng kiểm phiếu và người tham gia</translation>
    </message>
    <message>
        <source>Start &amp;Dot Voting…</source>
        <translation>Bắt đầu bỏ phiếu bằng &amp;chấm…</translation>
    </message>
    <message>
        <source>Start Timer &amp;For</source>
        <translation>Hẹn &amp;giờ trong</translation>
    </message>
    <message>
        <source>Start a %1-minute countdown</source>
        <translation>Đếm ngược %1 phút</translation>
    </message>
    <message>
        <source>Start a countdown: 1, 3, 5, 10 minutes or your own</source>
        <translation>Bắt đầu đếm ngược: 1, 3, 5, 10 phút hoặc thời lượng tự chọn</translation>
    </message>
    <message>
        <source>Start a voting session: dots per participant and who votes</source>
        <translation>Bắt đầu phiên bỏ phiếu: số chấm mỗi người và ai bỏ phiếu</translation>
    </message>
    <message>
        <source>Stop the countdown and hide the timer</source>
        <translation>Dừng đếm ngược và ẩn đồng hồ</translation>
    </message>
    <message>
        <source>Take a dot of the current voter back from the selected note</source>
        <translation>Lấy lại một chấm của người đang bỏ phiếu khỏi ghi chú được chọn</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <source>Votes Pane&amp;l</source>
        <translation>&amp;Xem bảng phiếu bầu</translation>
    </message>
    <message>
        <source>While on, a click on a note places a dot of the current voter</source>
        <translation>Khi bật, nhấp vào một ghi chú sẽ đặt một chấm của người đang bỏ phiếu</translation>
    </message>
    <message>
        <source>Wo&amp;rkshop</source>
        <translation>Hội thả&amp;o</translation>
    </message>
</context>
<context>
    <name>ZoomIndicator</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Zoom %1</source>
        <translation>Thu phóng %1</translation>
    </message>
    <message>
        <source>Zoom (click for presets)</source>
        <translation>Thu phóng (bấm để chọn mức có sẵn)</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <source>Assumption not yet observed</source>
        <translation>Giả định chưa được quan sát</translation>
    </message>
    <message>
        <source>Emotion without a score</source>
        <translation>Cảm xúc chưa có điểm</translation>
    </message>
    <message>
        <source>Emotion “%2” (stage “%1”) has no score, so the curve skips it.</source>
        <translation>Cảm xúc “%2” (giai đoạn “%1”) chưa có điểm nên đường cảm xúc bỏ qua nó.</translation>
    </message>
    <message>
        <source>Note without a persona</source>
        <translation>Ghi chú chưa gắn chân dung</translation>
    </message>
    <message>
        <source>Note “%2” (stage “%1”) belongs to no persona.</source>
        <translation>Ghi chú “%2” (giai đoạn “%1”) chưa thuộc chân dung nào.</translation>
    </message>
    <message>
        <source>Note “%2” (stage “%1”) is an assumption: observe it with real customers.</source>
        <translation>Ghi chú “%2” (giai đoạn “%1”) là giả định: hãy kiểm chứng với khách hàng thật.</translation>
    </message>
    <message>
        <source>Pain point without an opportunity</source>
        <translation>Điểm đau chưa có cơ hội</translation>
    </message>
    <message>
        <source>Pain point “%2” (stage “%1”) has no opportunity in its stage.</source>
        <translation>Điểm đau “%2” (giai đoạn “%1”) chưa có cơ hội nào trong giai đoạn của nó.</translation>
    </message>
    <message>
        <source>Stage without a campaign goal</source>
        <translation>Giai đoạn chưa có mục tiêu chiến dịch</translation>
    </message>
    <message>
        <source>Stage without a touchpoint</source>
        <translation>Giai đoạn chưa có điểm chạm</translation>
    </message>
    <message>
        <source>Stage without an emotion</source>
        <translation>Giai đoạn chưa có cảm xúc</translation>
    </message>
    <message>
        <source>Stage “%1” has no campaign goal.</source>
        <translation>Giai đoạn “%1” chưa có mục tiêu chiến dịch.</translation>
    </message>
    <message>
        <source>Stage “%1” has no emotion: the emotion curve has a gap here.</source>
        <translation>Giai đoạn “%1” chưa có cảm xúc: đường cảm xúc bị đứt ở đây.</translation>
    </message>
    <message>
        <source>Stage “%1” has no touchpoint: where does the customer meet you here?</source>
        <translation>Giai đoạn “%1” chưa có điểm chạm: khách hàng gặp bạn ở đâu trong giai đoạn này?</translation>
    </message>
    <message>
        <source>empty note</source>
        <translation>ghi chú trống</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>chưa đặt tên</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message numerus="yes">
        <source>Add %n notes</source>
        <translation>
            <numerusform>Thêm %n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>Add lane “%1”</source>
        <translation>Thêm làn “%1”</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Thêm ghi chú</translation>
    </message>
    <message>
        <source>Add persona “%1”</source>
        <translation>Thêm chân dung “%1”</translation>
    </message>
    <message>
        <source>Add phase “%1”</source>
        <translation>Thêm chặng “%1”</translation>
    </message>
    <message>
        <source>Add stage “%1”</source>
        <translation>Thêm giai đoạn “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n notes</source>
        <translation>
            <numerusform>Đổi %1 của %n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of note</source>
        <translation>Đổi %1 của ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>Change %n notes</source>
        <translation>
            <numerusform>Sửa %n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>Sửa ghi chú</translation>
    </message>
    <message>
        <source>Change the kind of lane “%1”</source>
        <translation>Đổi loại của làn “%1”</translation>
    </message>
    <message>
        <source>Connect notes</source>
        <translation>Nối ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n connectors</source>
        <translation>
            <numerusform>Xóa %n mũi tên nối</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n notes</source>
        <translation>
            <numerusform>Xóa %n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete connector</source>
        <translation>Xóa mũi tên nối</translation>
    </message>
    <message>
        <source>Delete lane “%1”</source>
        <translation>Xóa làn “%1”</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Xóa ghi chú</translation>
    </message>
    <message>
        <source>Delete persona “%1”</source>
        <translation>Xóa chân dung “%1”</translation>
    </message>
    <message>
        <source>Delete phase “%1”</source>
        <translation>Xóa chặng “%1”</translation>
    </message>
    <message>
        <source>Delete stage “%1”</source>
        <translation>Xóa giai đoạn “%1”</translation>
    </message>
    <message>
        <source>Dismiss check “%1”</source>
        <translation>Bỏ qua kiểm tra “%1”</translation>
    </message>
    <message>
        <source>Dot from %1 on “%2”</source>
        <translation>Chấm của %1 trên “%2”</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n notes</source>
        <translation>
            <numerusform>Nhân bản %n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate note</source>
        <translation>Nhân bản ghi chú</translation>
    </message>
    <message>
        <source>Edit KPIs of “%1”</source>
        <translation>Sửa KPI của “%1”</translation>
    </message>
    <message>
        <source>Edit campaign card of “%1”</source>
        <translation>Sửa thẻ chiến dịch của “%1”</translation>
    </message>
    <message>
        <source>Edit details of stage “%1”</source>
        <translation>Sửa chi tiết giai đoạn “%1”</translation>
    </message>
    <message>
        <source>Edit funnel figure of “%1”</source>
        <translation>Sửa số liệu phễu của “%1”</translation>
    </message>
    <message>
        <source>Edit lane “%1”</source>
        <translation>Sửa làn “%1”</translation>
    </message>
    <message>
        <source>Edit map properties</source>
        <translation>Sửa thuộc tính bản đồ</translation>
    </message>
    <message>
        <source>Edit note text</source>
        <translation>Sửa nội dung ghi chú</translation>
    </message>
    <message>
        <source>Edit persona “%1”</source>
        <translation>Sửa chân dung “%1”</translation>
    </message>
    <message>
        <source>Edit stage “%1”</source>
        <translation>Sửa giai đoạn “%1”</translation>
    </message>
    <message>
        <source>End dot voting</source>
        <translation>Kết thúc bỏ phiếu bằng chấm</translation>
    </message>
    <message numerus="yes">
        <source>Hide %n notes from the audience</source>
        <translation>
            <numerusform>Ẩn %n ghi chú khỏi khán giả</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide all notes from the audience</source>
        <translation>Ẩn mọi ghi chú khỏi khán giả</translation>
    </message>
    <message>
        <source>Hide lane “%1” from the audience</source>
        <translation>Ẩn làn “%1” khỏi khán giả</translation>
    </message>
    <message>
        <source>Hide note from the audience</source>
        <translation>Ẩn ghi chú khỏi khán giả</translation>
    </message>
    <message>
        <source>Label connector</source>
        <translation>Đặt nhãn mũi tên nối</translation>
    </message>
    <message numerus="yes">
        <source>Move %n notes</source>
        <translation>
            <numerusform>Di chuyển %n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>Move lane “%1”</source>
        <translation>Di chuyển làn “%1”</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Di chuyển ghi chú</translation>
    </message>
    <message>
        <source>Move stage “%1”</source>
        <translation>Di chuyển giai đoạn “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n notes</source>
        <translation>
            <numerusform>Dán %n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste note</source>
        <translation>Dán ghi chú</translation>
    </message>
    <message>
        <source>Remove client logo</source>
        <translation>Gỡ logo khách hàng</translation>
    </message>
    <message>
        <source>Rename lane “%1”</source>
        <translation>Đổi tên làn “%1”</translation>
    </message>
    <message>
        <source>Rename map</source>
        <translation>Đổi tên bản đồ</translation>
    </message>
    <message>
        <source>Rename phase “%1”</source>
        <translation>Đổi tên chặng “%1”</translation>
    </message>
    <message>
        <source>Rename stage “%1”</source>
        <translation>Đổi tên giai đoạn “%1”</translation>
    </message>
    <message>
        <source>Reset votes</source>
        <translation>Đặt lại số phiếu</translation>
    </message>
    <message>
        <source>Resize lane “%1”</source>
        <translation>Đổi kích thước làn “%1”</translation>
    </message>
    <message>
        <source>Resize stage “%1”</source>
        <translation>Đổi kích thước giai đoạn “%1”</translation>
    </message>
    <message>
        <source>Restore check “%1”</source>
        <translation>Khôi phục kiểm tra “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Reveal %n notes</source>
        <translation>
            <numerusform>Hiện %n ghi chú</numerusform>
        </translation>
    </message>
    <message>
        <source>Reveal everything</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Reveal lane “%1”</source>
        <translation>Hiện làn “%1”</translation>
    </message>
    <message>
        <source>Reveal note</source>
        <translation>Hiện ghi chú</translation>
    </message>
    <message>
        <source>Set client logo</source>
        <translation>Đặt logo khách hàng</translation>
    </message>
    <message>
        <source>Start dot voting</source>
        <translation>Bắt đầu bỏ phiếu bằng chấm</translation>
    </message>
    <message>
        <source>Take back a dot of %1 from “%2”</source>
        <translation>Lấy lại một chấm của %1 khỏi “%2”</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>giả định</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>màu</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>cảm xúc</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>bằng chứng</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>no campaign goal</source>
        <translation>chưa có mục tiêu chiến dịch</translation>
    </message>
    <message>
        <source>no emotion</source>
        <translation>chưa có cảm xúc</translation>
    </message>
    <message>
        <source>no emotion score</source>
        <translation>chưa có điểm cảm xúc</translation>
    </message>
    <message>
        <source>no opportunity</source>
        <translation>chưa có cơ hội</translation>
    </message>
    <message>
        <source>no persona</source>
        <translation>chưa có chân dung</translation>
    </message>
    <message>
        <source>no touchpoint</source>
        <translation>chưa có điểm chạm</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>chân dung</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>chưa đặt tên</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>phiếu bầu</translation>
    </message>
</context>
<context>
    <name>map_locks</name>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 trên máy %2 từ %3</translation>
    </message>
    <message>
        <source>another copy of Journey Canvas (its lock file is being written)</source>
        <translation>một phiên Journey Canvas khác (tệp khóa của nó đang được ghi)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>một người nào đó</translation>
    </message>
    <message>
        <source>you, in another window of this program</source>
        <translation>chính bạn, trong một cửa sổ khác của chương trình này</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>&amp;Kind of lane:</source>
        <translation>&amp;Loại làn:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <translation>Thêm làn</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bảng</translation>
    </message>
    <message>
        <source>Board:</source>
        <translation>Bảng:</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Tệp CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Bạn có muốn lưu các thay đổi của “%1” không?</translation>
    </message>
    <message>
        <source>Journey maps (*.journey)</source>
        <translation>Bản đồ hành trình (*.journey)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Your changes are lost if you do not save them.</source>
        <translation>Nếu không lưu, các thay đổi của bạn sẽ mất.</translation>
    </message>
</context>
<context>
    <name>recovery_flow</name>
    <message>
        <source>%1

The recovery files stay in %2.</source>
        <translation>%1

Các tệp khôi phục vẫn nằm trong %2.</translation>
    </message>
    <message>
        <source>Cannot restore the map</source>
        <translation>Không khôi phục được bản đồ</translation>
    </message>
</context>
<context>
    <name>session_prompts</name>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Giữ bản của tôi</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Tải &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Thay thế</translation>
    </message>
    <message>
        <source>&amp;Save Mine as a Copy…</source>
        <translation>Lưu bản của tôi thành &amp;bản sao…</translation>
    </message>
    <message>
        <source>Cannot save the map</source>
        <translation>Không lưu được bản đồ</translation>
    </message>
    <message>
        <source>Discard %1 recovered maps?</source>
        <translation>Bỏ %1 bản đồ đã khôi phục?</translation>
    </message>
    <message>
        <source>Discard recovered work</source>
        <translation>Bỏ phần việc đã khôi phục</translation>
    </message>
    <message>
        <source>Discard the recovered map?</source>
        <translation>Bỏ bản đồ đã khôi phục?</translation>
    </message>
    <message>
        <source>Map changed on disk</source>
        <translation>Bản đồ đã thay đổi trên đĩa</translation>
    </message>
    <message>
        <source>Map in use</source>
        <translation>Bản đồ đang được dùng</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Mở &amp;chỉ để đọc</translation>
    </message>
    <message>
        <source>Open a &amp;Copy</source>
        <translation>Mở một &amp;bản sao</translation>
    </message>
    <message>
        <source>Open it read-only to look at it without saving over their work, or open a copy to edit and save under another name.</source>
        <translation>Mở chỉ để đọc để xem mà không ghi đè lên việc của họ, hoặc mở một bản sao để sửa và lưu dưới tên khác.</translation>
    </message>
    <message>
        <source>Reload and &amp;Discard Mine</source>
        <translation>Tải lại và &amp;bỏ bản của tôi</translation>
    </message>
    <message>
        <source>Reload shows their version and drops your unsaved changes. Keep Mine keeps your version open; saving it asks before replacing theirs.</source>
        <translation>Tải lại sẽ hiện phiên bản của họ và bỏ các thay đổi chưa lưu của bạn. Giữ bản của tôi sẽ giữ phiên bản của bạn; khi lưu, chương trình sẽ hỏi trước khi thay bản của họ.</translation>
    </message>
    <message>
        <source>Reload shows their version. Keep Mine keeps the version you have open; saving it asks before replacing theirs.</source>
        <translation>Tải lại sẽ hiện phiên bản của họ. Giữ bản của tôi sẽ giữ phiên bản bạn đang mở; khi lưu, chương trình sẽ hỏi trước khi thay bản của họ.</translation>
    </message>
    <message>
        <source>Reload the map</source>
        <translation>Tải lại bản đồ</translation>
    </message>
    <message>
        <source>Reload “%1” and lose your unsaved changes?</source>
        <translation>Tải lại “%1” và mất các thay đổi chưa lưu?</translation>
    </message>
    <message>
        <source>Replace it with your version? Their version is kept as a backup. Or save yours under another name.</source>
        <translation>Thay bằng phiên bản của bạn? Phiên bản của họ được giữ làm bản lưu dự phòng. Hoặc lưu bản của bạn dưới tên khác.</translation>
    </message>
    <message>
        <source>Replace their version?</source>
        <translation>Thay phiên bản của họ?</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lưu t&amp;hành…</translation>
    </message>
    <message>
        <source>The map stays open with all your changes.</source>
        <translation>Bản đồ vẫn mở với mọi thay đổi của bạn.</translation>
    </message>
    <message>
        <source>The unsaved changes they hold are deleted for good.</source>
        <translation>Các thay đổi chưa lưu trong đó sẽ bị xóa vĩnh viễn.</translation>
    </message>
    <message>
        <source>Your changes cannot be brought back after reloading.</source>
        <translation>Sau khi tải lại, không thể lấy lại các thay đổi của bạn.</translation>
    </message>
    <message>
        <source>“%1” is being edited by %2.</source>
        <translation>“%1” đang được %2 chỉnh sửa.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk by another program or person.</source>
        <translation>“%1” đã bị một chương trình hoặc người khác thay đổi trên đĩa.</translation>
    </message>
    <message>
        <source>“%1” was changed on disk since you opened it.</source>
        <translation>“%1” đã thay đổi trên đĩa kể từ khi bạn mở.</translation>
    </message>
</context>
</TS>
