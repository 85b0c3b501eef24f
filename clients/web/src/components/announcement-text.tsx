/** An announcement's plain text: blank lines separate paragraphs, single line breaks stay. */
export function AnnouncementText(props: { text: string }) {
  return (
    <>
      {props.text
        .split(/\n{2,}/)
        .filter((paragraph) => paragraph.trim() !== '')
        .map((paragraph, index) => (
          <p key={index} class="kern-body announcement__paragraph">
            {paragraph}
          </p>
        ))}
    </>
  );
}
