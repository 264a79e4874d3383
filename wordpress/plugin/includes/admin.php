<?php
/**
 * Settings → Coalition embed: the campaign file address and the partner's short name.
 *
 * @package coalition-embed
 */

defined( 'ABSPATH' ) || exit;

/** The longest partner short name we keep. */
const COALITION_EMBED_PARTNER_MAX = 64;

add_action( 'admin_init', 'coalition_embed_register_settings' );
add_action( 'admin_menu', 'coalition_embed_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( COALITION_EMBED_FILE ), 'coalition_embed_action_links' );

/**
 * Registers both options with their sanitisers, and the page's section and fields.
 */
function coalition_embed_register_settings(): void {
	register_setting(
		COALITION_EMBED_SETTINGS_GROUP,
		COALITION_EMBED_OPTION_CAMPAIGN,
		array(
			'type'              => 'string',
			'sanitize_callback' => 'coalition_embed_sanitize_campaign',
			'default'           => '',
			'show_in_rest'      => false,
		)
	);
	register_setting(
		COALITION_EMBED_SETTINGS_GROUP,
		COALITION_EMBED_OPTION_PARTNER,
		array(
			'type'              => 'string',
			'sanitize_callback' => 'coalition_embed_sanitize_partner',
			'default'           => '',
			'show_in_rest'      => false,
		)
	);

	add_settings_section( 'coalition_embed_main', __( 'Every widget on this site', 'coalition-embed' ), 'coalition_embed_section_intro', COALITION_EMBED_PAGE );
	add_settings_field(
		COALITION_EMBED_OPTION_CAMPAIGN,
		__( 'Campaign file address', 'coalition-embed' ),
		'coalition_embed_field_campaign',
		COALITION_EMBED_PAGE,
		'coalition_embed_main',
		array( 'label_for' => COALITION_EMBED_OPTION_CAMPAIGN )
	);
	add_settings_field(
		COALITION_EMBED_OPTION_PARTNER,
		__( 'Partner short name', 'coalition-embed' ),
		'coalition_embed_field_partner',
		COALITION_EMBED_PAGE,
		'coalition_embed_main',
		array( 'label_for' => COALITION_EMBED_OPTION_PARTNER )
	);
}

/**
 * Keeps an https: or http: address; refuses anything else and keeps the previous value.
 *
 * @param mixed $value The submitted value.
 * @return string The address to store.
 */
function coalition_embed_sanitize_campaign( $value ): string {
	$value = is_string( $value ) ? trim( $value ) : '';
	if ( '' === $value ) {
		return '';
	}
	$clean = esc_url_raw( $value, array( 'https', 'http' ) );
	if ( '' === $clean || ! in_array( wp_parse_url( $clean, PHP_URL_SCHEME ), array( 'https', 'http' ), true ) ) {
		add_settings_error(
			COALITION_EMBED_OPTION_CAMPAIGN,
			'coalition_embed_campaign_invalid',
			__( 'The campaign file address must start with https:// (or http://). The previous address is kept.', 'coalition-embed' )
		);
		$previous = get_option( COALITION_EMBED_OPTION_CAMPAIGN, '' );
		return is_string( $previous ) ? $previous : '';
	}
	return $clean;
}

/**
 * Plain text, one line, at most COALITION_EMBED_PARTNER_MAX characters.
 *
 * @param mixed $value The submitted value.
 * @return string The name to store.
 */
function coalition_embed_sanitize_partner( $value ): string {
	$value = sanitize_text_field( is_string( $value ) ? $value : '' );
	return trim( mb_substr( $value, 0, COALITION_EMBED_PARTNER_MAX ) );
}

/**
 * Adds Settings → Coalition embed.
 */
function coalition_embed_add_settings_page(): void {
	add_options_page(
		__( 'Coalition embed', 'coalition-embed' ),
		__( 'Coalition embed', 'coalition-embed' ),
		'manage_options',
		COALITION_EMBED_PAGE,
		'coalition_embed_settings_page'
	);
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param array $links The row's links.
 * @return array The links.
 */
function coalition_embed_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=' . COALITION_EMBED_PAGE );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'coalition-embed' ) . '</a>' );
	return $links;
}

/**
 * The section's introduction.
 */
function coalition_embed_section_intro(): void {
	echo '<p>' . esc_html__( 'These apply to every shortcode and block of the plugin. An attribute set on a widget wins over them.', 'coalition-embed' ) . '</p>';
}

/**
 * The campaign file field.
 */
function coalition_embed_field_campaign(): void {
	printf(
		'<input type="url" class="regular-text code" id="%1$s" name="%1$s" value="%2$s" placeholder="https://campaign.example.org/campaign.json" /><p class="description">%3$s</p>',
		esc_attr( COALITION_EMBED_OPTION_CAMPAIGN ),
		esc_attr( coalition_embed_campaign_url() ),
		esc_html__( 'The coalition\'s campaign file: its words, dates, petition and links then reach this site as soon as the campaign team changes them.', 'coalition-embed' )
	);
}

/**
 * The partner short name field.
 */
function coalition_embed_field_partner(): void {
	printf(
		'<input type="text" class="regular-text" id="%1$s" name="%1$s" value="%2$s" maxlength="%3$d" placeholder="your-organisation" /><p class="description">%4$s</p>',
		esc_attr( COALITION_EMBED_OPTION_PARTNER ),
		esc_attr( coalition_embed_partner() ),
		(int) COALITION_EMBED_PARTNER_MAX,
		esc_html__( 'Added to every widget as partner="…": the campaign\'s links then tell the coalition which partner\'s visitors signed and shared (utm_source). Nothing is sent anywhere by the widgets.', 'coalition-embed' )
	);
}

/**
 * The settings page, with a reference of the shortcodes.
 */
function coalition_embed_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( COALITION_EMBED_SETTINGS_GROUP );
	do_settings_sections( COALITION_EMBED_PAGE );
	submit_button();
	echo '</form>';

	echo '<h2>' . esc_html__( 'Shortcodes and blocks', 'coalition-embed' ) . '</h2><p>' . esc_html__( 'Each widget is a block (search "Coalition" in the block inserter) and a shortcode with the element\'s attributes, for example [petition-counter source="uk-parliament:700001" goal="auto"]. Other attributes are left out. Content between [campaign-banner]…[/campaign-banner] is what visitors see before the script runs.', 'coalition-embed' ) . '</p>';
	echo '<table class="widefat striped"><thead><tr><th>' . esc_html__( 'Shortcode', 'coalition-embed' ) . '</th><th>' . esc_html__( 'Attributes', 'coalition-embed' ) . '</th></tr></thead><tbody>';
	foreach ( coalition_embed_definitions()['elements'] as $tag => $element ) {
		$own = array();
		foreach ( $element['settings'] as $attribute => $setting ) {
			if ( empty( $setting['common'] ) ) {
				$own[] = '<code>' . esc_html( $attribute ) . '</code>';
			}
		}
		printf( '<tr><td><code>[%s]</code><br>%s</td><td>%s</td></tr>', esc_html( $tag ), esc_html( $element['summary'] ?? '' ), implode( ' ', $own ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped above.
	}
	echo '</tbody></table><p>' . esc_html__( 'Every shortcode also takes campaign, lang, theme and partner.', 'coalition-embed' ) . '</p></div>';
}
